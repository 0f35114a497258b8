import type { ApolloServerPlugin } from '@apollo/server';
import { currentRequestStore } from '../common/request-store';
import type { ApiContext } from '../context';
import { parseLsn } from '../database/repliques';

// Read-your-writes with replicas: a successful mutation answers with the primary's WAL position after its commit in
// this cookie; the same client's reads go to a replica only once it has replayed that far (the primary until then).
export const COOKIE_LSN = 'poles_lsn';
// A position no replica reaches: the reads it marks stay on the primary.
const LSN_MAX = 'FFFFFFFF/FFFFFFFF';

export function lsnFromCookie(cookie: string | undefined): bigint | null {
  const match = cookie?.match(new RegExp(`(?:^|;\\s*)${COOKIE_LSN}=([0-9A-Fa-f]{1,8}/[0-9A-Fa-f]{1,8})`));
  return match ? parseLsn(match[1]!) : null;
}

// Anonymous reads of this request may be answered by a replica (unless the handler already decided it).
export function markReplicaRead(cookie: string | undefined): void {
  const store = currentRequestStore();
  if (store && !store.lecture) store.lecture = { lsnMin: lsnFromCookie(cookie) };
}

// Queries of anonymous readers go to the replicas; editors' reads, mutations and their reads stay on the primary.
export function lectureRepliquePlugin(cookieMaxAgeSeconds: number): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue, request }) {
          if (operation?.operation === 'query' && contextValue.viewer.jetonId === null) markReplicaRead(request.http?.headers.get('cookie'));
        },
        async willSendResponse({ operation, response, contextValue }) {
          if (operation?.operation !== 'mutation' || response.body.kind !== 'single') return;
          const data = response.body.singleResult.data;
          if (!data || !Object.values(data).some((valeur) => valeur !== null)) return;
          // The write is committed: a failure to read the position must not turn its answer into an error. The
          // highest position then sends this client's reads to the primary until the cookie expires.
          const lsn = await contextValue.db.currentWalLsn().catch((error: unknown) => {
            if (process.env.NODE_ENV !== 'test') console.error('[repliques] position WAL illisible après une écriture', error);
            return LSN_MAX;
          });
          response.http.headers.set('set-cookie', `${COOKIE_LSN}=${lsn}; Max-Age=${cookieMaxAgeSeconds}; Path=/; HttpOnly; SameSite=Lax`);
        },
      };
    },
  };
}
