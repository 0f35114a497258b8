import type { ClientBase } from 'pg';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming-strategy';
import { SqlLogger } from './sql-logger';

export interface DataSourceOptions {
  url: string;
  // The tables, one entity each (the definition of every column): see pendingSchemaChanges().
  entities: Function[];
  // PostgreSQL server only: JIT compiles the analyses' large plans on every request (measured: 10x slower).
  disableJit?: boolean;
  // PGlite serves one session: a single pooled connection keeps every statement in order.
  poolSize: number;
  // PGlite keeps one session across socket connections: a new connection (after a lost one, or another process's
  // before it) finds that session's prepared statements, which its client does not know of, so they go first.
  sharedSession?: boolean;
  logSql?: boolean;
  // Sent at each connection's start (PostgreSQL server only: PGlite ignores them); 0 or absent = no limit.
  timeouts?: DatabaseTimeouts;
}

export interface DatabaseTimeouts {
  statementMs: number;
  lockMs: number;
}

export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: options.entities,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    migrationsRun: false,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    // Extensions are created by the migrations (gen_random_uuid is built in since PostgreSQL 13).
    installExtensions: false,
    logger: new SqlLogger(options.logSql ?? false),
    extra: {
      max: options.poolSize,
      idleTimeoutMillis: 0,
      ...(options.sharedSession ? { onConnect: (client: ClientBase) => client.query('DEALLOCATE ALL') } : {}),
      ...(options.disableJit ? { options: '-c jit=off' } : {}),
      ...(options.timeouts?.statementMs ? { statement_timeout: options.timeouts.statementMs } : {}),
      ...(options.timeouts?.lockMs ? { lock_timeout: options.timeouts.lockMs } : {}),
    },
  });
}
