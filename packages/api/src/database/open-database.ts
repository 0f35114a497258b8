import type { Pool, PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { createDataSource } from './data-source';
import { startEmbeddedServer, type EmbeddedServer } from './embedded-server';
import { defaultPoolSize } from '../config/env';

export type Backend = 'EMBARQUE' | 'POSTGRESQL';

export interface Database {
  dataSource: DataSource;
  backend: Backend;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  databaseUrl?: string;
  // Embedded backend: a directory keeps the data across restarts; null keeps it in memory.
  dataDir: string | null;
  embeddedPort?: number;
  // Connections to a PostgreSQL server (default: defaultPoolSize()); the embedded database always has one.
  poolSize?: number;
  logSql?: boolean;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  let embedded: EmbeddedServer | null = null;
  let url = options.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedServer(options.dataDir, options.embeddedPort ?? 0);
    url = embedded.url;
  }
  const dataSource = createDataSource({
    url,
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
  if (embedded) forgetPreparedStatementsOnReconnect(dataSource);
  return {
    dataSource,
    backend: embedded ? 'EMBARQUE' : 'POSTGRESQL',
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.close();
    },
  };
}

export async function migrateDatabase(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}

// PGlite keeps one session across socket connections: a new pooled client (after a lost connection) starts with no
// prepared statements of its own, so the session's must go too (common/prepared-query.ts).
function forgetPreparedStatementsOnReconnect(dataSource: DataSource): void {
  const pool = (dataSource.driver as PostgresDriver).master as Pool | undefined;
  pool?.on('connect', (client: PoolClient) => void client.query('DEALLOCATE ALL').catch(() => undefined));
}
