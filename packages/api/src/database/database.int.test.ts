import { erreurBase } from '../common/erreur-base';
import { sql } from '../common/sql';
import { createTestDatabase, type TestApp } from '../test-support/test-database';

// Connections apart: the embedded database serves one session.
const itPostgres = process.env.TEST_DATABASE_URL ? it : it.skip;

describe('the database facade', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestDatabase();
  });
  afterAll(() => app?.close());

  it('still answers a prepared statement after the pooled connection is replaced (PGlite keeps one session across connections)', async () => {
    expect(await app.db.prepared(sql`SELECT 41 + ${1}::int AS reponse`)).toEqual([{ reponse: 42 }]);
    await app.db.renewConnection();
    expect(await app.db.prepared(sql`SELECT 41 + ${1}::int AS reponse`)).toEqual([{ reponse: 42 }]);
  });

  it('finds nothing to change between the migrated tables and the entities (each table defined once, by its entity)', async () => {
    expect(await app.db.pendingSchemaChanges()).toEqual([]);
  });

  it('rolls a failed transaction back whole', async () => {
    await expect(
      app.db.transaction(async (tx) => {
        await tx.query(sql`INSERT INTO couche_points (nom, source) VALUES ('transaction', 'test')`);
        await tx.query(sql`INSERT INTO couche_points (nom, source) VALUES ('transaction', 'test')`);
      }),
    ).rejects.toThrow(/couche_points_nom_key/);
    expect(await app.db.query(sql`SELECT 1 FROM couche_points WHERE nom = 'transaction'`)).toEqual([]);
  });

  itPostgres('runs a write transaction while every read connection is busy, and a read while every write connection is', async () => {
    const ordre: string[] = [];
    // The test database's reads have 4 connections: 4 slow reads hold them all.
    const lectures = [1, 2, 3, 4].map((i) => app.db.query(sql`SELECT pg_sleep(1.5), ${i}::int AS i`).then(() => ordre.push(`lecture ${i}`)));
    await new Promise((resolve) => setTimeout(resolve, 200));
    await app.db.transaction((tx) => tx.query(sql`INSERT INTO couche_points (nom, source) VALUES ('pendant les lectures', 'test')`));
    ordre.push('écriture');
    await Promise.all(lectures);
    expect(ordre[0]).toBe('écriture');

    // Ten transactions (the default write pool) held open: a read still answers.
    let liberer!: () => void;
    const libere = new Promise<void>((resolve) => (liberer = resolve));
    const ecritures = Array.from({ length: 10 }, () => app.db.transaction(() => libere));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await app.db.query(sql`SELECT 1 AS un`)).toEqual([{ un: 1 }]);
    liberer();
    await Promise.all(ecritures);
  });

  itPostgres('survives a write connection cut between two statements of a transaction: the transaction fails as the database out of reach, the next one runs', async () => {
    const echec = await app.db
      .transaction(async (tx) => {
        const [moi] = await tx.query<{ pid: number }>(sql`SELECT pg_backend_pid() AS pid`);
        await tx.query(sql`INSERT INTO couche_points (nom, source) VALUES ('coupée', 'test')`);
        // Cut while the transaction runs code of its own (no statement under way), as a server restart does.
        await app.db.query(sql`SELECT pg_terminate_backend(${moi!.pid})`);
        await new Promise((resolve) => setTimeout(resolve, 300));
        await tx.query(sql`SELECT 1`);
      })
      .catch((error: unknown) => error);
    expect(erreurBase(echec)?.extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(await app.db.query(sql`SELECT 1 FROM couche_points WHERE nom = 'coupée'`)).toEqual([]);
    expect(await app.db.transaction((tx) => tx.query(sql`SELECT 1 AS un`))).toEqual([{ un: 1 }]);
  });
});
