import type { NonEmptyArray } from 'type-graphql';
import { SanteResolver } from '../sante/sante.resolver';
import { POLE_RESOLVERS } from '../poles/pole.resolvers';
import { EmploiResolver } from '../emploi/emploi.resolver';
import { EmploiTerritoireResolver } from '../emploi/emploi-territoire.resolver';
import { AnalysesResolver } from '../analyses/analyses.resolver';
import { TerritoireFieldsResolver } from '../territoires/territoire-fields.resolver';
import { TerritoireResolver } from '../territoires/territoire.resolver';

// Every feature's resolvers; the schema is the contract (schema.graphql).
export const RESOLVERS: NonEmptyArray<Function> = [SanteResolver, TerritoireResolver, TerritoireFieldsResolver, EmploiResolver, EmploiTerritoireResolver, AnalysesResolver, ...POLE_RESOLVERS];
