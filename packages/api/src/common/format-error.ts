import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { API_ERROR_CODES } from './api-error';
import { erreurBase } from './erreur-base';
import { erreurSaisie } from './erreur-saisie';

const KNOWN_CODES = new Set<string>([
  ...API_ERROR_CODES,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

// The one formatter of every GraphQL error: known codes pass; a client's mistake that graphql-js or graphql-jit
// reports without a code (a value of the wrong type, a null for a required argument, too many tokens) becomes
// BAD_USER_INPUT or QUERY_TOO_COMPLEX naming the argument; a database timeout becomes TIMEOUT; anything else is
// logged and answered with a generic French message (no internal message, SQL or stack reaches a client).
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const original = unwrapResolverError(error);
  const saisie = erreurSaisie(formatted.message, code);
  if (saisie) return { message: saisie.message, locations: formatted.locations, path: formatted.path, extensions: saisie.extensions };
  if (typeof code === 'string' && KNOWN_CODES.has(code) && code !== 'INTERNAL_SERVER_ERROR') return formatted;
  // The project's own error raised where graphql-jit does not carry its extensions over (a scalar's serialisation:
  // RESPONSE_TOO_LARGE while a map layer is spliced).
  const propre = original instanceof GraphQLError ? original.extensions : undefined;
  if (propre && typeof propre.code === 'string' && KNOWN_CODES.has(propre.code) && propre.code !== 'INTERNAL_SERVER_ERROR') {
    const { http: _http, ...extensions } = propre;
    return { message: (original as GraphQLError).message, locations: formatted.locations, path: formatted.path, extensions };
  }
  const base = erreurBase(original);
  if (base) return { message: base.message, locations: formatted.locations, path: formatted.path, extensions: base.extensions };
  if (process.env.NODE_ENV !== 'test') console.error('[graphql] erreur interne', original instanceof GraphQLError ? (original.originalError ?? original) : original);
  return {
    message: 'Erreur interne du serveur.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
