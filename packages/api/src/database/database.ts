import { createHash } from 'node:crypto';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { countSqlStatement } from '../common/request-store';
import type { Sql } from '../common/sql';
import type { Executor } from './executor';
import { Semaphore } from './semaphore';

export const BACKENDS = ['EMBARQUE', 'POSTGRESQL'] as const;
export type Backend = (typeof BACKENDS)[number];

// The one door to PostgreSQL (server or embedded PGlite): composed SQL only, hot reads as prepared statements,
// transactions on one connection, migrations. TypeORM and its pg pool stay behind it.
export class Database implements Executor {
  private readonly pool: Pool;
  // PostgreSQL server: one connection outside the pool for the health check, so that requests holding every pooled
  // connection (waiting on a lock, say) do not hold `sante` too. The embedded PGlite serves one session anyway.
  private spare: Pool | null = null;
  // Transactions hold at most all connections but one: many writers at once (they wait for each other on the
  // coverage lock) never leave reads such as `sante` queued behind them for a connection.
  private readonly transactions: Semaphore;

  constructor(
    private readonly dataSource: DataSource,
    readonly backend: Backend,
    private readonly onClose: () => Promise<void>,
  ) {
    this.pool = (dataSource.driver as PostgresDriver).master as Pool;
    this.transactions = new Semaphore(Math.max(1, ((this.pool as Pool & { options: { max?: number } }).options.max ?? 10) - 1));
  }

  query<T = Record<string, unknown>>(statement: Sql): Promise<T[]> {
    return this.dataSource.query(statement.text, statement.values) as Promise<T[]>;
  }

  // A short statement on the spare connection (the pool on the embedded backend); never waits long for a lock.
  async querySpare<T = Record<string, unknown>>(statement: Sql): Promise<T[]> {
    if (this.backend === 'EMBARQUE') return this.query<T>(statement);
    this.spare ??= new Pool({
      connectionString: this.dataSource.options.type === 'postgres' ? this.dataSource.options.url : undefined,
      max: 1,
      idleTimeoutMillis: 0,
      statement_timeout: 5000,
      lock_timeout: 1000,
    });
    // A connection lost while idle (server restarted) is dropped by the pool; the next check opens another.
    this.spare.on('error', () => undefined);
    const result = await this.spare.query(statement.text, statement.values);
    return result.rows as T[];
  }

  // Hot read statements as named prepared statements: PostgreSQL parses and plans them once per connection instead
  // of on every request, and TypeORM's query-runner round trip is skipped (measured on benchmark scenarios 1 and 5).
  // The name is a hash of the text, so one text always maps to one statement.
  async prepared<T = Record<string, unknown>>(statement: Sql): Promise<T[]> {
    countSqlStatement();
    const text = statement.text;
    const result = await this.pool.query({ name: statementName(text), text, values: statement.values });
    return result.rows as T[];
  }

  transaction<T>(work: (tx: Executor) => Promise<T>): Promise<T> {
    return this.transactions.run(() =>
      this.dataSource.transaction((manager) =>
        work({ query: <R>(statement: Sql) => manager.query(statement.text, statement.values) as Promise<R[]> }),
      ),
    );
  }

  async migrate(): Promise<string[]> {
    const applied = await this.dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  }

  get migrationNames(): string[] {
    return this.dataSource.migrations.map((m) => m.name ?? m.constructor.name);
  }

  // The statements TypeORM would generate to bring the schema in line with the entities (none when the migrations
  // and the entities describe the same tables).
  async pendingSchemaChanges(): Promise<string[]> {
    const log = await this.dataSource.driver.createSchemaBuilder().log();
    return log.upQueries.map((q) => q.query);
  }

  // Replaces a pooled connection by a new one (as after a lost connection): prepared statements must survive it.
  async renewConnection(): Promise<void> {
    const client = await this.pool.connect();
    client.release(true);
  }

  async close(): Promise<void> {
    await this.spare?.end();
    this.spare = null;
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    await this.onClose();
  }
}

// Names of the texts already seen: hashing a 6 KB text costs more than the Map lookup (bounded: a caller with
// unbounded texts empties it now and then).
const names = new Map<string, string>();

function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    if (names.size >= 1000) names.clear();
    name = `q_${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}
