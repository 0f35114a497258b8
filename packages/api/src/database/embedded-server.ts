import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite, type Extension } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock';

// The territory search's trigram index. TypeScript's node10 resolution does not read the package's "exports"
// map, which is where this entry is declared: Node resolves it, its type is given here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pg_trgm } = require('@electric-sql/pglite/contrib/pg_trgm') as { pg_trgm: Extension };

export interface EmbeddedServer {
  url: string;
  close(): Promise<void>;
}

export interface EmbeddedServerOptions {
  // A TCP port on 127.0.0.1 (EMBEDDED_PG_PORT, to look inside with psql: no password); 0 = a private Unix socket.
  port?: number;
  // Who owns the data directory while this runs, named to a second process that is refused.
  proprietaire?: string;
  onStale?: (message: string) => void;
}

// PGlite is single-session: the socket server accepts one connection, so clients use a pool of one. It has no
// authentication, so by default it listens on a Unix socket in a directory only this user can open (0700), not on a
// TCP port any local process could reach.
export async function startEmbeddedServer(dataDir: string | null, options: EmbeddedServerOptions = {}): Promise<EmbeddedServer> {
  let lock: DataDirLock | null = null;
  if (dataDir) {
    fs.mkdirSync(dataDir, { recursive: true });
    lock = acquireDataDirLock(dataDir, options.proprietaire ?? `le processus ${process.argv.slice(1).join(' ')}`, options.onStale);
  }
  const socketDir = options.port || process.platform === 'win32' ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'poles-pg-'));
  try {
    const db = await PGlite.create(dataDir ?? undefined, { extensions: { postgis, pg_trgm } });
    // The socket server queues statements and keeps a transaction on its own connection.
    const server = socketDir
      ? new PGLiteSocketServer({ db, path: path.join(socketDir, '.s.PGSQL.5432'), maxConnections: 8 })
      : new PGLiteSocketServer({ db, port: options.port ?? 0, host: '127.0.0.1', maxConnections: 8 });
    await server.start();
    return {
      url: socketDir ? `postgres://postgres@/postgres?host=${encodeURIComponent(socketDir)}` : `postgres://postgres@${server.getServerConn()}/postgres`,
      async close() {
        await server.stop();
        await db.close();
        if (socketDir) fs.rmSync(socketDir, { recursive: true, force: true });
        lock?.release();
      },
    };
  } catch (error) {
    if (socketDir) fs.rmSync(socketDir, { recursive: true, force: true });
    lock?.release();
    throw error;
  }
}
