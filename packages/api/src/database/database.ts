import { createHash } from 'node:crypto';
import { Client, Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { countSqlStatement, currentRequestStore } from '../common/request-store';
import type { Sql } from '../common/sql';
import type { DatabaseTimeouts } from './data-source';
import type { Executor } from './executor';
import { Repliques, type EtatReplique, type Replique } from './repliques';

export const BACKENDS = ['EMBARQUE', 'POSTGRESQL'] as const;
export type Backend = (typeof BACKENDS)[number];

// The one door to PostgreSQL (server or embedded PGlite): composed SQL only, hot reads as prepared statements,
// transactions on one connection, migrations. TypeORM and its pg pool stay behind it.
export class Database implements Executor {
  private readonly pool: Pool;
  // PostgreSQL server: one connection outside the pool for the health check, so that requests holding every pooled
  // connection (waiting on a lock, say) do not hold `sante` too. The embedded PGlite serves one session anyway.
  private spare: Pool | null = null;
  // PostgreSQL server: the write transactions' own connections (mutations, imports, coverage refreshes), apart from
  // the reads' pool: under a load of reads, a save does not queue for a connection behind them, and many writers at
  // once never leave reads (`sante` among them) without one. Opened when a transaction needs one, closed after
  // WRITE_IDLE_MS unused. The embedded PGlite serves one session: its transactions take the one pooled connection.
  private writes: Pool | null = null;

  private repliques: Repliques | null = null;

  constructor(
    private readonly dataSource: DataSource,
    readonly backend: Backend,
    private readonly onClose: () => Promise<void>,
    private readonly writePoolSize: number,
  ) {
    this.pool = (dataSource.driver as PostgresDriver).master as Pool;
  }

  // Read replicas for the requests marked as replica reads (RequestStore.lecture); writes and transactions always
  // go to the primary.
  async attachReplicas(urls: string[], options: { poolSize: number; retardMaxSecondes: number; timeouts?: DatabaseTimeouts }): Promise<void> {
    if (urls.length === 0) return;
    this.repliques = new Repliques(urls, { ...options, primaryLsn: () => this.currentWalLsn() });
    await this.repliques.start();
  }

  replicaStates(): EtatReplique[] {
    return this.repliques?.states() ?? [];
  }

  // Connections anonymous reads can run on at once: the primary's pool and each replica's (pools of one size).
  get readConnections(): number {
    return (this.pool as Pool & { options: { max: number } }).options.max * (1 + (this.repliques?.liste.length ?? 0));
  }

  get hasReplicas(): boolean {
    return this.repliques !== null;
  }

  // The primary's current WAL position: a client that wrote reads from a replica once it has replayed this far.
  async currentWalLsn(): Promise<string> {
    const { rows } = await this.pool.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn');
    return rows[0]!.lsn;
  }

  query<T = Record<string, unknown>>(statement: Sql): Promise<T[]> {
    const primary = () => this.dataSource.query(statement.text, statement.values) as Promise<T[]>;
    const replique = this.readReplica();
    if (!replique) return primary();
    countSqlStatement();
    return this.onReplica(replique, async (pool) => (await pool.query(statement.text, statement.values)).rows as T[], primary);
  }

  // The request's replica: picked by its first statement, kept for the others (one snapshot age per answer).
  private readReplica(): Replique | null {
    const lecture = this.repliques ? currentRequestStore()?.lecture : undefined;
    if (!lecture) return null;
    if (lecture.cible === undefined) lecture.cible = this.repliques!.choose(lecture.lsnMin);
    return lecture.cible as Replique | null;
  }

  // A statement the replica cannot answer (stopped, cancelled by replay, a write in a read: grille_cache) runs on the
  // primary, and the rest of the request with it; a lost connection also takes the replica out of rotation.
  private async onReplica<T>(replique: Replique, run: (pool: Pool) => Promise<T>, primary: () => Promise<T>): Promise<T> {
    try {
      return await run(replique.pool);
    } catch (error) {
      const lecture = currentRequestStore()?.lecture;
      if (lecture) lecture.cible = null;
      const code = (error as { code?: unknown }).code;
      if (typeof code !== 'string' || code.startsWith('08') || code.startsWith('57P')) this.repliques?.markDown(replique, error);
      return primary();
    }
  }

  // Calls `onMessage` for each NOTIFY on `channel`, from any process, on a connection of its own. A lost connection
  // is reopened every second until it succeeds, and `onMessage('')` called then: what was announced meanwhile is
  // unknown. The embedded database serves one process: nothing to hear there.
  async listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>> {
    if (this.backend === 'EMBARQUE') return async () => undefined;
    let client: Client | null = null;
    let stopped = false;
    const retry = () => {
      if (!stopped) setTimeout(() => void connect().then((ok) => ok && onMessage('')), 1000).unref();
    };
    const connect = async (): Promise<boolean> => {
      const c = new Client(this.pool.options);
      let lost = false;
      const onLost = () => {
        if (lost) return;
        lost = true;
        void c.end().catch(() => undefined);
        retry();
      };
      c.on('notification', (n) => {
        if (n.channel === channel) onMessage(n.payload ?? '');
      });
      c.on('error', onLost);
      c.on('end', onLost);
      try {
        await c.connect();
        await c.query(`LISTEN ${channel}`);
      } catch {
        onLost();
        return false;
      }
      client = c;
      return true;
    };
    if (!(await connect())) {
      stopped = true;
      throw new Error(`LISTEN ${channel} impossible sur la base primaire`);
    }
    return async () => {
      stopped = true;
      await (client as Client | null)?.end().catch(() => undefined);
    };
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
    const run = async (pool: Pool) => (await pool.query({ name: statementName(text), text, values: statement.values })).rows as T[];
    const replique = this.readReplica();
    return replique ? this.onReplica(replique, run, () => run(this.pool)) : run(this.pool);
  }

  apresCommit(fn: () => void): void {
    fn();
  }

  async transaction<T>(work: (tx: Executor) => Promise<T>): Promise<T> {
    const suites: (() => void)[] = [];
    const apresCommit = (fn: () => void) => void suites.push(fn);
    const committed = <R>(result: R): R => {
      for (const fn of suites) fn();
      return result;
    };
    if (this.backend === 'EMBARQUE') {
      return committed(
        await this.dataSource.transaction((manager) =>
          work({ query: <R>(statement: Sql) => manager.query(statement.text, statement.values) as Promise<R[]>, apresCommit }),
        ),
      );
    }
    const client = await this.writePool().connect();
    let lost: Error | undefined;
    // The pool listens for a connection's errors only while it is idle: one cut while the transaction runs code of its
    // own (no statement under way: a server restarting) would otherwise be an unhandled 'error' that ends the process.
    // Its next statement fails, and the connection is dropped.
    const onLost = (error: Error) => void (lost ??= error);
    client.on('error', onLost);
    try {
      await client.query('BEGIN');
      const result = await work({
        query: async <R>(statement: Sql) => {
          this.dataSource.logger.logQuery(statement.text, statement.values);
          return (await client.query(statement.text, statement.values)).rows as R[];
        },
        apresCommit,
      });
      await client.query('COMMIT');
      return committed(result);
    } catch (error) {
      // A connection that cannot even roll back is dropped from the pool, not handed to the next writer.
      await client.query('ROLLBACK').catch((rollbackError: Error) => (lost = rollbackError));
      throw error;
    } finally {
      client.removeListener('error', onLost);
      client.release(lost);
    }
  }

  private writePool(): Pool {
    if (!this.writes) {
      this.writes = new Pool({ ...this.pool.options, max: this.writePoolSize, idleTimeoutMillis: WRITE_IDLE_MS });
      // A connection lost while idle (server restarted) is dropped by the pool; the next transaction opens another.
      this.writes.on('error', () => undefined);
    }
    return this.writes;
  }

  // One holder at a time across every process on this database (migrations, the first-start seed): a session-level
  // PostgreSQL advisory lock on a connection of its own, so `work` runs on the pool as usual while the others wait.
  // The embedded database serves one process by design (and has one connection): no lock there.
  async withAdvisoryLock<T>(key: number, work: () => Promise<T>): Promise<T> {
    if (this.backend === 'EMBARQUE') return work();
    const client = new Client(this.pool.options);
    await client.connect();
    try {
      // Waiting for another instance's first-start load takes minutes: no statement or lock limit on this session.
      await client.query('SET statement_timeout = 0; SET lock_timeout = 0');
      await client.query('SELECT pg_advisory_lock($1)', [key]);
      return await work();
    } finally {
      await client.end();
    }
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
    await this.writes?.end();
    this.writes = null;
    await this.repliques?.close();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    await this.onClose();
  }
}

// An idle write connection is closed after this long (editors' saves come in bursts).
const WRITE_IDLE_MS = 30_000;

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
