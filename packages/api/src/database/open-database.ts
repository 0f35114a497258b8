import { defaultPoolSize } from '../config/env';
import { createDataSource } from './data-source';
import { Database } from './database';
import { startEmbeddedServer, type EmbeddedServer } from './embedded-server';

export interface OpenDatabaseOptions {
  databaseUrl?: string;
  // Embedded backend: a directory keeps the data across restarts; null keeps it in memory.
  dataDir: string | null;
  embeddedPort?: number;
  // Embedded backend in memory: start from this data directory image (tests start from a migrated one).
  embeddedImage?: Blob;
  entities: Function[];
  // Connections to a PostgreSQL server (default: defaultPoolSize()); the embedded database always has one.
  poolSize?: number;
  logSql?: boolean;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  let embedded: EmbeddedServer | null = null;
  let url = options.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedServer(options.dataDir, options.embeddedPort ?? 0, options.embeddedImage);
    url = embedded.url;
  }
  const dataSource = createDataSource({
    url,
    entities: options.entities,
    poolSize: embedded ? 1 : (options.poolSize ?? defaultPoolSize()),
    disableJit: !embedded,
    logSql: options.logSql,
  });
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.close();
    throw error;
  }
  return new Database(dataSource, embedded ? 'EMBARQUE' : 'POSTGRESQL', async () => {
    await embedded?.close();
  });
}
