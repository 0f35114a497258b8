import { sql } from '../common/sql';
import { createTestDatabase, type TestApp } from '../test-support/test-database';

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
});
