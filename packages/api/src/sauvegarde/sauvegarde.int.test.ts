import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { sql } from '../common/sql';
import { importPolesCsv } from '../poles/import-poles';
import { createTestJeton, FIXTURE_CSV, insertFixtureTerritoires } from '../test-support/poles.fixtures';
import { createTestDatabase, type TestApp } from '../test-support/test-database';
import { restaurer } from './restauration';
import { sauvegarder } from './sauvegarde';
import { empreinteTable, listTables } from './tables-base';

const viewer = { role: 'admin' as const, jetonId: null, nom: 'test sauvegarde', codeRegion: null };
const silence = () => undefined;

async function empreintes(app: TestApp): Promise<Record<string, string>> {
  const resultat: Record<string, string> = {};
  for (const table of await listTables(app.db)) resultat[table.nom] = await empreinteTable(app.db, table.nom);
  return resultat;
}

// On the configured backend (PostgreSQL server with TEST_DATABASE_URL, the embedded PGlite otherwise).
describe('sauvegarde and restauration', () => {
  let app: TestApp;
  let dossier: string;

  beforeAll(async () => {
    app = await createTestDatabase();
    dossier = fs.mkdtempSync(path.join(os.tmpdir(), 'poles-sauvegarde-'));
    await insertFixtureTerritoires(app.db);
    expect(await importPolesCsv(app, FIXTURE_CSV, { viewer })).toMatchObject({ crees: 7, erreurs: [] });
    await createTestJeton(app.db, 'editeur');
  });
  afterAll(async () => {
    fs.rmSync(dossier, { recursive: true, force: true });
    await app.close();
  });

  it('restores every table as it was saved (checksums), after deletions, additions and a moved sequence', async () => {
    const avant = await empreintes(app);
    expect(Object.keys(avant)).toEqual(expect.arrayContaining(['pole', 'pole_audit', 'territoire', 'territoire_recherche', 'jeton_api', 'typeorm_migrations']));
    expect(avant.pole).toMatch(/^7:/);
    const fichier = path.join(dossier, 'base.sauvegarde.gz');
    expect(await sauvegarder(app.db, fichier, silence)).toEqual(avant);

    await app.db.query(sql`DELETE FROM pole_audit WHERE id IN (SELECT id FROM pole_audit ORDER BY id LIMIT 3)`);
    await app.db.query(sql`UPDATE pole SET nom = 'modifié après la sauvegarde' WHERE slug = (SELECT min(slug) FROM pole)`);
    await app.db.query(sql`INSERT INTO territoire (niveau, code, nom, nom_recherche) VALUES ('COMMUNE', '99999', 'Ajoutée', 'ajoutee')`);
    expect(await empreintes(app)).not.toEqual(avant);

    expect(await restaurer(app.db, fichier, silence)).toEqual(avant);
    expect(await empreintes(app)).toEqual(avant);
    // The history's sequence goes on from where it was saved: the next entry does not reuse an id.
    const [suivant] = await app.db.query<{ libre: boolean }>(
      sql`SELECT nextval(pg_get_serial_sequence('pole_audit', 'id')) > (SELECT max(id) FROM pole_audit) AS libre`,
    );
    expect(suivant?.libre).toBe(true);
  });

  it('refuses a cut file or another file before changing anything', async () => {
    const fichier = path.join(dossier, 'complet.sauvegarde.gz');
    await sauvegarder(app.db, fichier, silence);
    const avant = await empreintes(app);
    const texte = zlib.gunzipSync(fs.readFileSync(fichier)).toString('utf8').split('\n');
    const coupe = path.join(dossier, 'coupe.sauvegarde.gz');
    fs.writeFileSync(coupe, zlib.gzipSync(texte.slice(0, Math.floor(texte.length / 2)).join('\n')));
    await expect(restaurer(app.db, coupe, silence)).rejects.toThrow(/Restauration refusée.*coupé/);
    const autre = path.join(dossier, 'poles.csv');
    fs.writeFileSync(autre, FIXTURE_CSV);
    await expect(restaurer(app.db, autre, silence)).rejects.toThrow(/Restauration refusée.*pas un fichier de sauvegarde/);
    expect(await empreintes(app)).toEqual(avant);
  });
});
