import { getMetadataArgsStorage } from 'typeorm';
import { ENTITIES } from '../app/entities';
import { sql } from '../common/sql';
import { createTestDatabase, type TestApp } from '../test-support/test-database';
import { getVersionDonnees, TABLES_HORS_VERSION, TABLES_VERSION_EN_FIN } from './version-donnees';

describe('data version (ETag validators, cache invalidation across instances)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestDatabase();
  });
  afterAll(() => app?.close());

  it('is bumped by a write to every table readers are answered from (the coverage tables by their writers, at the end)', async () => {
    const tables = getMetadataArgsStorage()
      .tables.filter((t) => ENTITIES.includes(t.target as Function))
      .map((t) => t.name!)
      .filter((name) => ![...TABLES_HORS_VERSION, ...TABLES_VERSION_EN_FIN].includes(name as never));
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
});
