import { getMetadataArgsStorage } from 'typeorm';
import { ENTITIES } from '../app/entities';
import { sql } from '../common/sql';
import { createTestDatabase, type TestApp } from '../test-support/test-database';
import { getVersionDonnees, TABLES_HORS_VERSION } from './version-donnees';

const itPostgres = process.env.TEST_DATABASE_URL ? it : it.skip;

describe('data version (ETag validators, cache invalidation across instances)', () => {
  let app: TestApp;

  beforeAll(async () => {
    // A writer waiting more than a second for a lock fails: the test below would see it.
    app = await createTestDatabase({ timeouts: { statementMs: 0, lockMs: 1000 } });
  });
  afterAll(() => app?.close());

  it('is bumped by a write to every table readers are answered from', async () => {
    const tables = getMetadataArgsStorage()
      .tables.filter((t) => ENTITIES.includes(t.target as Function))
      .map((t) => t.name!)
      .filter((name) => !TABLES_HORS_VERSION.includes(name as never));
    const rows = await app.db.query<{ table: string }>(
      sql`SELECT c.relname AS table FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname = 'version_donnees'`,
    );
    expect(rows.map((r) => r.table).sort()).toEqual(tables.sort());
  });

  it('changes with a committed write, not with a rolled back one', async () => {
    const avant = await getVersionDonnees(app.db);
    await app.db.query(sql`INSERT INTO couche_points (nom, source) VALUES ('version', 'test')`);
    const apres = await getVersionDonnees(app.db);
    expect(BigInt(apres)).toBeGreaterThan(BigInt(avant));
    await expect(
      app.db.transaction(async (tx) => {
        await tx.query(sql`DELETE FROM couche_points WHERE nom = 'version'`);
        throw new Error('annulée');
      }),
    ).rejects.toThrow('annulée');
    expect(await getVersionDonnees(app.db)).toBe(apres);
  });

  // The embedded database serves one session: there, transactions never overlap.
  itPostgres('is bumped when a transaction commits: a writer never waits for another one still open', async () => {
    const avant = BigInt(await getVersionDonnees(app.db));
    let commit!: () => void;
    const ouverte = new Promise<void>((resolve) => (commit = resolve));
    let ecrite!: () => void;
    const aEcrit = new Promise<void>((resolve) => (ecrite = resolve));
    const longue = app.db.transaction(async (tx) => {
      await tx.query(sql`INSERT INTO couche_points (nom, source) VALUES ('longue', 'test')`);
      ecrite();
      await ouverte;
    });
    await aEcrit;
    // Another writer, while the first transaction holds its write: it commits at once (no lock timeout).
    await app.db.query(sql`INSERT INTO couche_points (nom, source) VALUES ('courte', 'test')`);
    const pendant = BigInt(await getVersionDonnees(app.db));
    expect(pendant).toBe(avant + 1n);
    commit();
    await longue;
    expect(BigInt(await getVersionDonnees(app.db))).toBe(avant + 2n);
    const [demandes] = await app.db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM version_donnees_demande`);
    expect(demandes!.n).toBe(0);
  });

  it('is bumped once by a transaction of many writes', async () => {
    const avant = BigInt(await getVersionDonnees(app.db));
    await app.db.transaction(async (tx) => {
      for (const nom of ['a', 'b', 'c']) await tx.query(sql`INSERT INTO couche_points (nom, source) VALUES (${`une-${nom}`}, 'test')`);
      await tx.query(sql`DELETE FROM couche_points WHERE nom LIKE 'une-%'`);
    });
    expect(BigInt(await getVersionDonnees(app.db))).toBe(avant + 1n);
  });
});
