import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedServer {
  url: string;
  close(): Promise<void>;
}

// PGlite is single-session: the socket server accepts one connection, so clients use a pool of one.
export async function startEmbeddedServer(dataDir: string | null, port = 0): Promise<EmbeddedServer> {
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir ?? undefined, { extensions: { postgis } });
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
