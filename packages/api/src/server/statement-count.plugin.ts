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
