import type { ApolloServerPlugin } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { ApiContext } from '../context';

// Opt-in response cache (CACHE_REPONSES_SECONDES > 0; off by default): the answers of anonymous readers' queries
// are kept in memory for that many seconds (Apollo's response cache plugin). Any mutation through this server
// empties it; a change made by another process (a CLI import) shows once the entry expires. The benchmark
// reports a run with it apart from the uncached figures (issue 7).
export function responseCachePlugins(maxAgeSeconds: number): ApolloServerPlugin<ApiContext>[] {
  const cache = new InMemoryLRUCache<string>({ maxSize: 64 * 1024 * 1024 });
  const anonymous = (contextValue: ApiContext) => contextValue.viewer.jetonId === null;
  const policy: ApolloServerPlugin<ApiContext> = {
    async requestDidStart() {
      return {
        async executionDidStart({ operation, contextValue, overallCachePolicy }) {
          if (operation.operation === 'mutation') cache.clear();
          else if (anonymous(contextValue)) overallCachePolicy.replace({ maxAge: maxAgeSeconds, scope: 'PUBLIC' });
        },
        async willSendResponse({ operation }) {
          // Again once the mutation has written, in case a concurrent query cached the old state meanwhile.
          if (operation?.operation === 'mutation') cache.clear();
        },
      };
    },
  };
  return [
    policy,
    responseCachePlugin<ApiContext>({
      cache,
      shouldReadFromCache: async ({ contextValue }) => anonymous(contextValue),
      shouldWriteToCache: async ({ contextValue }) => anonymous(contextValue),
    }),
  ];
}
