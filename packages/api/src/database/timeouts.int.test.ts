import { Client } from 'pg';
import { sql } from '../common/sql';
import { erreurBase } from '../common/erreur-base';
import { createTestDatabase, type TestApp } from '../test-support/test-database';
import { startTestServer, type TestServer } from '../test-support/test-server';

const LOCK_MS = 300;
const STATEMENT_MS = 1000;

// A lock or a statement outlasting its limit: PostgreSQL server only (the embedded PGlite is one session, nothing else
// can hold a lock, and it has no timer to cancel a statement).
const describePostgres = process.env.TEST_DATABASE_URL ? describe : describe.skip;

describePostgres('database timeouts', () => {
  let app: TestApp;
  let server: TestServer;
  let locker: Client;

  beforeAll(async () => {
    app = await createTestDatabase({ timeouts: { statementMs: STATEMENT_MS, lockMs: LOCK_MS } });
    server = await startTestServer(app);
    const [row] = await app.db.query<{ nom: string }>(sql`SELECT current_database() AS nom`);
    const target = new URL(process.env.TEST_DATABASE_URL!);
    target.pathname = `/${row!.nom}`;
    locker = new Client({ connectionString: target.toString() });
    await locker.connect();
  });
  afterAll(async () => {
    await locker?.end();
    await server?.close();
    await app?.close();
  });

  it('answers requests waiting on a lock held past lock_timeout with TIMEOUT in French, sante meanwhile, and serves them once it is released', async () => {
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE pole IN ACCESS EXCLUSIVE MODE');
    try {
      // More requests than the pool has connections (4): every one is refused, none waits for the lock's end.
      const started = Date.now();
      const [sante, ...answers] = await Promise.all([
        server.graphql<{ sante: { statut: string } }>('{ sante { statut } }'),
        ...Array.from({ length: 6 }, () => server.graphql('{ poles { totalCount } }')),
      ]);
      expect(sante.data?.sante.statut).toBe('ok');
      for (const answer of answers) {
        expect(answer.errors?.[0]).toMatchObject({ message: expect.stringMatching(/verrouillées.*réessayez/), extensions: { code: 'TIMEOUT', limite: 'attenteVerrou' } });
      }
      // Each waited at most its lock timeout, the last ones after the first freed the connections (6 over 4).
      expect(Date.now() - started).toBeLessThan(10 * LOCK_MS + 2000);
    } finally {
      await locker.query('ROLLBACK');
    }
    // The pool is healthy: as many requests at once as before are served.
    const after = await Promise.all(Array.from({ length: 6 }, () => server.graphql<{ poles: { totalCount: number } }>('{ poles { totalCount } }')));
    for (const answer of after) expect(answer).toMatchObject({ data: { poles: { totalCount: 0 } } });
    const [activite] = await app.db.query<{ enTransaction: number }>(
      sql`SELECT count(*)::int AS "enTransaction" FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
    );
    expect(activite?.enTransaction).toBe(0);
  });

  it('cancels a statement past statement_timeout with the TIMEOUT message, and the connection serves the next one', async () => {
    const error = await app.db.query(sql`SELECT pg_sleep(${(STATEMENT_MS * 3) / 1000})`).catch((e: unknown) => e);
    expect(erreurBase(error)).toMatchObject({ message: expect.stringMatching(/trop de temps/), extensions: { code: 'TIMEOUT', limite: 'dureeRequeteSql' } });
    expect(await app.db.query(sql`SELECT 1 AS un`)).toEqual([{ un: 1 }]);
  });

  it('sante answers while every pooled connection is held', async () => {
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE pole IN ACCESS EXCLUSIVE MODE');
    try {
      let firstHeldAnswer = Infinity;
      const held = Array.from({ length: 4 }, () => server.graphql('{ poles { totalCount } }').then(() => (firstHeldAnswer = Math.min(firstHeldAnswer, Date.now()))));
      const sante = await server.graphql<{ sante: { statut: string } }>('{ sante { statut } }');
      const santeAnswer = Date.now();
      expect(sante.data?.sante.statut).toBe('ok');
      await Promise.all(held);
      // Not queued behind them: sante answered while all four still waited for the lock.
      expect(santeAnswer).toBeLessThan(firstHeldAnswer);
    } finally {
      await locker.query('ROLLBACK');
    }
  });
});
