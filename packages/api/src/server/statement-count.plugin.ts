import type { ApolloServerPlugin } from '@apollo/server';
import { currentRequestStore } from '../common/request-store';
import type { ApiContext } from '../context';

// Reports the SQL statements of each request in `extensions.sqlStatements` (tests, benchmarks).
export function statementCountPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const store = currentRequestStore();
          if (!store || response.body.kind !== 'single') return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            sqlStatements: store.sqlStatements,
          };
        },
      };
    },
  };
}

// GraphQL responses are never cached by HTTP caches (what Apollo's cache-control plugin answered for our schema).
export function uncacheablePlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}
