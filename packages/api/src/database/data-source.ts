import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { StatementCountingLogger } from './statement-counter';

export interface DataSourceOptions {
  url: string;
  // PostgreSQL server only: JIT compiles the analyses' large plans on every request (measured: 10x slower).
  disableJit?: boolean;
  // PGlite serves one session: a single pooled connection keeps every statement in order.
  poolSize: number;
  logSql?: boolean;
}

export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    migrationsRun: false,
    synchronize: false,
    logger: new StatementCountingLogger(options.logSql ?? false),
    extra: {
      max: options.poolSize,
      idleTimeoutMillis: 0,
      ...(options.disableJit ? { options: '-c jit=off' } : {}),
    },
  });
}
