import 'reflect-metadata';
import { buildSchemaSync } from 'type-graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { authChecker } from '../auth/auth-checker';
import { RESOLVERS } from './resolvers';

let cached: GraphQLSchema | null = null;

export function buildApiSchema(): GraphQLSchema {
  cached ??= buildSchemaSync({
    resolvers: RESOLVERS,
    authChecker,
    validate: false,
  });
  return cached;
}

export function printApiSchema(): string {
  return `${printSchema(lexicographicSortSchema(buildApiSchema()))}\n`;
}
