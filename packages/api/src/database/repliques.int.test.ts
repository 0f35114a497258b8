import { currentRequestStore, runInRequestStore } from '../common/request-store';
import { sql } from '../common/sql';
import { createTestDatabase, type TestApp } from '../test-support/test-database';
import { parseLsn, Repliques } from './repliques';

// Replicas are PostgreSQL servers; the suite of tests/plusieurs-serveurs runs a real streaming replica. Here: what
// is not a usable replica stays out of rotation, and the reads it would have served go to the primary.
const itPostgres = process.env.TEST_DATABASE_URL ? it : it.skip;
const INJOIGNABLE = 'postgres://postgres@127.0.0.1:1/absente';

describe('read replicas in the database facade', () => {
  let app: TestApp;
  let repliques: Repliques | null = null;

  beforeAll(async () => {
    app = await createTestDatabase();
  });
  afterAll(async () => {
    await repliques?.close();
    await app?.close();
  });

  it('orders WAL positions as PostgreSQL does', () => {
    expect(parseLsn('0/16B3748')).toBe(0x16b3748n);
    expect(parseLsn('1/0') > parseLsn('0/FFFFFFFF')).toBe(true);
  });

  itPostgres('keeps out of rotation a server that is not in recovery, and one that does not answer', async () => {
    const [{ base }] = (await app.db.query<{ base: string }>(sql`SELECT current_database() AS base`)) as [{ base: string }];
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${base}`;
    repliques = new Repliques([url.toString(), INJOIGNABLE], { poolSize: 1, retardMaxSecondes: 5, primaryLsn: () => app.db.currentWalLsn() });
    await repliques.check();
    const [primaire, absente] = repliques.states();
    expect(primaire).toMatchObject({ enRotation: false, erreur: "n'est pas une réplique en cours de réplication" });
    expect(absente!.enRotation).toBe(false);
    expect(absente!.erreur).toMatch(/ECONNREFUSED|connect/);
    expect(repliques.choose(null)).toBeNull();
  });

  itPostgres('answers a replica read from the primary when no replica is in rotation', async () => {
    await app.db.attachReplicas([INJOIGNABLE], { poolSize: 1, retardMaxSecondes: 5 });
    expect(app.db.replicaStates()).toEqual([expect.objectContaining({ hote: '127.0.0.1:1', enRotation: false })]);
    const rows = await runInRequestStore(
      async () => {
        currentRequestStore()!.lecture = { lsnMin: null };
        return app.db.query<{ n: number }>(sql`SELECT 41 + 1 AS n`);
      },
      { spliceRawJson: true },
    );
    expect(rows).toEqual([{ n: 42 }]);
  });
});
