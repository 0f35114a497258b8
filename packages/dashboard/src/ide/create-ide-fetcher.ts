interface GraphQLParams {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

// GraphiQL's fetcher: a plain POST to the API, with the editor token when one is saved.
export function createIdeFetcher(url: string) {
  return async (params: GraphQLParams, options?: { headers?: Record<string, string> }) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(options?.headers ?? {}) },
      body: JSON.stringify(params),
    });
    return response.json() as Promise<Record<string, unknown>>;
  };
}
