import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { API_ERROR_CODES } from './api-error';

const KNOWN_CODES = new Set<string>([
  ...API_ERROR_CODES,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

// No internal error message reaches a client: unknown errors become a generic French message.
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && KNOWN_CODES.has(code) && code !== 'INTERNAL_SERVER_ERROR') return formatted;
  const original = unwrapResolverError(error);
  if (process.env.NODE_ENV !== 'test') console.error('[graphql] erreur interne', original);
  return {
    message: 'Erreur interne du serveur.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
