import { GraphQLError } from 'graphql';

export const API_ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  // A request past one of the bounds a client meets (extensions.limite names it: docs/fiabilite-requetes.md).
  'QUERY_TOO_COMPLEX',
  'RESPONSE_TOO_LARGE',
  // A database statement past its time, or a row locked longer than the wait allowed.
  'TIMEOUT',
  // The database could not be reached (connection refused or cut, server shutting down): retry in a moment.
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiErrorDetails {
  champ?: string;
  ligne?: number;
  [key: string]: unknown;
}

// Every user-facing error has a code and a French message.
export class ApiError extends GraphQLError {
  constructor(code: ApiErrorCode, message: string, details: ApiErrorDetails = {}) {
    super(message, { extensions: { code, ...details } });
  }
}

export function badUserInput(champ: string, message: string): ApiError {
  return new ApiError('BAD_USER_INPUT', message, { champ });
}

export function notFound(message: string): ApiError {
  return new ApiError('NOT_FOUND', message);
}

export function assertUnreachable(value: never): never {
  throw new Error(`Cas non traité : ${String(value)}`);
}
