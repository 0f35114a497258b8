import { PoleHistoriqueResolver } from './pole-historique.resolver';
import { PoleMutationResolver } from './pole-mutation.resolver';
import { PoleResolver } from './pole.resolver';
import { PoleTerritoiresResolver, TerritoireActionResolver } from './pole-territoires.resolver';
import { TerritoirePolesResolver } from './territoire-poles.resolver';

// The poles feature's resolvers, registered in one line of schema/resolvers.ts.
export const POLE_RESOLVERS = [
  PoleResolver,
  PoleTerritoiresResolver,
  TerritoireActionResolver,
  TerritoirePolesResolver,
  PoleMutationResolver,
  PoleHistoriqueResolver,
] as const;
