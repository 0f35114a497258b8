import { DEFAULT_WRITE_POOL_SIZE, defaultPoolSize } from '../config/env';
import { createDataSource, type DatabaseTimeouts } from './data-source';
import { Database, type Backend } from './database';
import { startEmbeddedServer, type EmbeddedServer } from './embedded-server';

export interface OpenDatabaseOptions {
  databaseUrl?: string;
  // Embedded backend: a directory keeps the data across restarts; null keeps it in memory.
  dataDir: string | null;
  embeddedPort?: number;
  // Embedded backend: who owns the data directory meanwhile (named to a second process, which is refused).
  proprietaire?: string;
  onStaleLock?: (message: string) => void;
  // What serves `databaseUrl`: a PostgreSQL server (default), or an embedded PGlite already served over its socket
  // (the tests share one: single session, one connection).
  backend?: Backend;
  entities: Function[];
  // Connections to a PostgreSQL server (default: defaultPoolSize()); the embedded database always has one.
  poolSize?: number;
  // PostgreSQL server: at most this many write transactions at once, on connections of their own (default:
  // DEFAULT_WRITE_POOL_SIZE).
  writePoolSize?: number;
  logSql?: boolean;
  // statement_timeout and lock_timeout of every connection (PostgreSQL server; PGlite has no timer to enforce them).
  timeouts?: DatabaseTimeouts;
  // Read replicas of a PostgreSQL server (database/repliques.ts) and the lag beyond which one leaves the rotation.
  replicaUrls?: string[];
  replicaRetardMaxSecondes?: number;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  let embedded: EmbeddedServer | null = null;
  let url = options.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedServer(options.dataDir, { port: options.embeddedPort ?? 0, proprietaire: options.proprietaire, onStale: options.onStaleLock });
    url = embedded.url;
  }
  const backend: Backend = embedded ? 'EMBARQUE' : (options.backend ?? 'POSTGRESQL');
  const dataSource = createDataSource({
    url,
    entities: options.entities,
    poolSize: backend === 'EMBARQUE' ? 1 : (options.poolSize ?? defaultPoolSize()),
    disableJit: backend === 'POSTGRESQL',
    sharedSession: backend === 'EMBARQUE',
    logSql: options.logSql,
    timeouts: options.timeouts,
  });
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.close();
    throw error;
  }
  const db = new Database(
    dataSource,
    backend,
    async () => {
      await embedded?.close();
    },
    options.writePoolSize ?? DEFAULT_WRITE_POOL_SIZE,
  );
  if (backend === 'POSTGRESQL' && options.replicaUrls?.length) {
    await db.attachReplicas(options.replicaUrls, {
      poolSize: options.poolSize ?? defaultPoolSize(),
      retardMaxSecondes: options.replicaRetardMaxSecondes ?? 5,
      timeouts: options.timeouts,
    });
  }
  return db;
}
