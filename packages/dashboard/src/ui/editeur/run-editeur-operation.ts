import type { ApolloClient, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { authHeaders } from './use-jeton-editeur';

export type Resultat<T> =
  | { ok: true; data: T }
  | { ok: false; code: string; message: string; champ: string | null; extensions: Record<string, unknown> };

function echec<T>(error: unknown): Resultat<T> {
  if (CombinedGraphQLErrors.is(error)) {
    const premiere = error.errors[0];
    const extensions = (premiere?.extensions ?? {}) as Record<string, unknown>;
    return {
      ok: false,
      code: String(extensions.code ?? 'INTERNAL_SERVER_ERROR'),
      message: premiere?.message ?? error.message,
      champ: typeof extensions.champ === 'string' ? extensions.champ : null,
      extensions,
    };
  }
  return { ok: false, code: 'RESEAU', message: 'Le serveur ne répond pas : réessayez dans un instant.', champ: null, extensions: {} };
}

// A write (or an editor-only read) with the editor's token, its error as the API's code and message (never thrown).
export async function runEditeurMutation<T, V extends OperationVariables>(
  client: ApolloClient, mutation: TypedDocumentNode<T, V>, variables: V, jeton: string,
): Promise<Resultat<T>> {
  try {
    const result = await client.mutate({ mutation, variables, context: authHeaders(jeton) } as ApolloClient.MutateOptions<T, V>);
    return { ok: true, data: result.data as T };
  } catch (error) {
    return echec(error);
  }
}

export async function runEditeurQuery<T, V extends OperationVariables>(
  client: ApolloClient, query: TypedDocumentNode<T, V>, variables: V, jeton: string,
): Promise<Resultat<T>> {
  try {
    const result = await client.query({ query, variables, context: authHeaders(jeton), fetchPolicy: 'no-cache' } as ApolloClient.QueryOptions<T, V>);
    return { ok: true, data: result.data as T };
  } catch (error) {
    return echec(error);
  }
}
