import type { NonEmptyArray } from 'type-graphql';
import { SanteResolver } from '../sante/sante.resolver';

// Every feature's resolvers; the schema is the contract (schema.graphql).
export const RESOLVERS: NonEmptyArray<Function> = [SanteResolver];
