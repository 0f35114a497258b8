import fs from 'node:fs';
import { PGlite, type Extension } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

// The territory search's trigram index. TypeScript's node10 resolution does not read the package's "exports"
// map, which is where this entry is declared: Node resolves it, its type is given here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pg_trgm } = require('@electric-sql/pglite/contrib/pg_trgm') as { pg_trgm: Extension };

export interface EmbeddedServer {
  url: string;
  close(): Promise<void>;
}

// PGlite is single-session: the socket server accepts one connection, so clients use a pool of one.
export async function startEmbeddedServer(dataDir: string | null, port = 0): Promise<EmbeddedServer> {
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir ?? undefined, { extensions: { postgis, pg_trgm } });
  // The socket server queues statements and keeps a transaction on its own connection.
  const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1', maxConnections: 8 });
  await server.start();
  const hostPort = server.getServerConn();
  return {
    url: `postgres://postgres@${hostPort}/postgres`,
    async close() {
      await server.stop();
      await db.close();
    },
  };
}
