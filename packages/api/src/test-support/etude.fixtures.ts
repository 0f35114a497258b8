import { importPolesCsv } from '../poles/import-poles';
import { sql } from '../common/sql';
import type { AppServices } from '../context';
import { FIXTURE_CSV, insertFixtureTerritoires } from './poles.fixtures';

// The poles fixture's territories plus the former régions 53 (Bretagne) and 52 (Pays de la Loire) with their links,
// as the reference data holds them: a former région lies in its 2016 région; Pays, communes and EPCI lie in it.
export async function insertEtudeFixture(app: AppServices): Promise<void> {
  await insertFixtureTerritoires(app.db);
  await app.db.query(sql`INSERT INTO territoire (niveau, code, nom, nom_recherche) VALUES
    ('ANCIENNE_REGION', '53', 'Bretagne', 'bretagne'), ('ANCIENNE_REGION', '52', 'Pays de la Loire', 'pays de la loire')`);
  await app.db.query(sql`INSERT INTO territoire_lien (niveau_membre, code_membre, niveau_parent, code_parent) VALUES
    ('ANCIENNE_REGION', '53', 'REGION', '53'), ('ANCIENNE_REGION', '52', 'REGION', '52'),
    ('PAYS', 'PAYS-BREST', 'ANCIENNE_REGION', '53'), ('COMMUNE', '29019', 'ANCIENNE_REGION', '53'),
    ('COMMUNE', '35238', 'ANCIENNE_REGION', '53'), ('COMMUNE', '44109', 'ANCIENNE_REGION', '52'),
    ('EPCI', '244400404', 'ANCIENNE_REGION', '52')`);
  const report = await importPolesCsv(app, FIXTURE_CSV, { viewer: { role: 'admin', jetonId: null, nom: 'test', codeRegion: null } });
  if (report.erreurs.length > 0) throw new Error(JSON.stringify(report.erreurs));
}
