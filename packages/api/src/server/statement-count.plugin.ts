import type { ApolloServerPlugin } from '@apollo/server';
import { currentStatementCounter } from '../database/statement-counter';
import type { ApiContext } from '../context';

// Reports the SQL statements of each request in `extensions.sqlStatements` (tests, benchmarks).
export function statementCountPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const counter = currentStatementCounter();
          if (!counter || response.body.kind !== 'single') return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            sqlStatements: counter.statements,
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
