import type { ApolloServerPlugin } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { ApiContext } from '../context';

// Opt-in response cache (CACHE_REPONSES_SECONDES > 0; off by default): the answers of anonymous readers' queries
// are kept in memory for that many seconds (Apollo's response cache plugin). A mutation that wrote through this
// server empties it (a refused one, anonymous or invalid, leaves it: issue 20); so does a write made by another API
// instance or a CLI import, announced by PostgreSQL (NOTIFY poles_ess_donnees, create-app.ts; the embedded database
// serves one process, where a CLI import shows once the entry expires). The benchmark reports a run with it apart from the uncached figures
// (issue 7).
export function responseCachePlugins(maxAgeSeconds: number): { plugins: ApolloServerPlugin<ApiContext>[]; clear(): void } {
  const cache = new InMemoryLRUCache<string>({ maxSize: 64 * 1024 * 1024 });
  const anonymous = (contextValue: ApiContext) => contextValue.viewer.jetonId === null;
  // Counts the accepted writes: a query that started before one may have read the old state and is not kept.
  let ecritures = 0;
  const ecrituresAuDebut = new WeakMap<ApiContext, number>();
  const clear = () => {
    ecritures += 1;
    cache.clear();
  };
  const policy: ApolloServerPlugin<ApiContext> = {
    async requestDidStart({ contextValue }) {
      ecrituresAuDebut.set(contextValue, ecritures);
      return {
        async executionDidStart({ operation, contextValue, overallCachePolicy }) {
          if (operation.operation !== 'mutation' && anonymous(contextValue)) overallCachePolicy.replace({ maxAge: maxAgeSeconds, scope: 'PUBLIC' });
        },
        async willSendResponse({ operation, response }) {
          if (operation?.operation !== 'mutation' || response.body.kind !== 'single') return;
          const data = response.body.singleResult.data;
          if (data && Object.values(data).some((valeur) => valeur !== null)) clear();
        },
      };
    },
  };
  return {
    clear,
    plugins: [
      policy,
      responseCachePlugin<ApiContext>({
        cache,
        shouldReadFromCache: async ({ contextValue }) => anonymous(contextValue),
        shouldWriteToCache: async ({ contextValue }) => anonymous(contextValue) && ecrituresAuDebut.get(contextValue) === ecritures,
      }),
    ],
  };
}
