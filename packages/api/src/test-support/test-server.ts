import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../server/create-app';
import { authenticateWithJetons } from '../auth/jeton.service';
import type { AppServices } from '../context';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: { sqlStatements?: number };
}

export interface TestServer {
  url: string;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

// The real HTTP stack on a free port, as a client sees it.
export async function startTestServer(services: AppServices, options: { cacheReponsesSecondes?: number } = {}): Promise<TestServer> {
  const app = await createApp(services, { dashboardDist: null, authenticate: authenticateWithJetons(services.db), ...options });
  const server = http.createServer(app.handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    async graphql(query, variables, headers) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<never>;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.stop();
    },
  };
}
