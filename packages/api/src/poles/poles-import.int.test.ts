import { createTestDatabase } from '../test-support/test-database';
import { startTestServer, type TestServer } from '../test-support/test-server';
import type { Database } from '../database/open-database';
import { importPolesCsv } from './import-poles';
import { FIXTURE_CSV, insertFixtureTerritoires } from './poles.fixtures';
import { polesSeedStep } from './poles.seed';

const viewer = { role: 'admin' as const, tokenId: null, nom: 'test import', codeRegion: null };

describe('poles: import, export, seed', () => {
  let database: Database;
  let server: TestServer;
  const count = async (sql = 'SELECT count(*)::int AS n FROM pole') => ((await database.dataSource.query(sql)) as { n: number }[])[0]!.n;

  beforeAll(async () => {
    database = await createTestDatabase();
    await insertFixtureTerritoires(database.dataSource);
    server = await startTestServer(database);
  });
  afterAll(async () => {
    await server.close();
    await database.close();
  });

  it('rejects the whole file when one line is bad, naming the line and field, and writes nothing', async () => {
    const lines = FIXTURE_CSV.split('\n');
    lines.splice(3, 0, 'Pôle fantôme;espace-pepiniere;actif;;;;;;étude');
    lines.splice(5, 0, 'Pôle sans commune;centre-multifonction;actif;X;commune;12345;;12345;étude');
    const report = await importPolesCsv(database.dataSource, lines.join('\n'), { viewer });
    expect(report.erreurs).toEqual([{ ligne: 4, champ: 'type_fiche', message: expect.stringMatching(/Type inconnu « espace-pepiniere »/) }]);
    // Unknown codes are found once the format is valid.
    const codes = await importPolesCsv(database.dataSource, lines.filter((_, i) => i !== 3).join('\n'), { viewer });
    expect(codes.erreurs.map((e) => [e.ligne, e.champ])).toEqual([[5, 'code_territoire'], [5, 'code_commune_siege']].sort());
    expect(await count()).toBe(0);
    expect(await count('SELECT count(*)::int AS n FROM pole_audit')).toBe(0);
  });

  it('accepts commas and a BOM, and re-running the same file creates no duplicate', async () => {
    const commas = `\uFEFF${FIXTURE_CSV.replace(/;/g, ',')}`;
    const first = await importPolesCsv(database.dataSource, commas, { viewer });
    expect(first).toMatchObject({ crees: 7, modifies: 0, erreurs: [] });
    const again = await importPolesCsv(database.dataSource, FIXTURE_CSV, { viewer });
    expect(again).toMatchObject({ crees: 0, modifies: 0, inchanges: 7 });
    expect(await count()).toBe(7);
    const changed = await importPolesCsv(database.dataSource, FIXTURE_CSV.replace('Les Ecossoles;association-developpement;actif', 'Les Ecossoles;association-developpement;ferme'), { viewer });
    expect(changed).toMatchObject({ crees: 0, modifies: 1, inchanges: 6 });
    expect(await count(`SELECT version AS n FROM pole WHERE slug = 'les-ecossoles'`)).toBe(2);
  });

  it('exports a filtered list as CSV (BOM, semicolons) that imports back unchanged, and as GeoJSON', async () => {
    const csv = await server.graphql<{ exportPoles: string }>(`{ exportPoles(format: CSV, filtre: { dans: { niveau: REGION, code: "53" } }) }`);
    const text = csv.data!.exportPoles;
    expect(text.startsWith('\uFEFFnom;type_fiche;statut_dans_etude;')).toBe(true);
    expect(text.trim().split('\r\n')).toHaveLength(4);
    expect(await importPolesCsv(database.dataSource, text, { viewer })).toMatchObject({ crees: 0, modifies: 0, inchanges: 3, erreurs: [] });
    const geojson = await server.graphql<{ exportPoles: string }>(`{ exportPoles(format: GEOJSON, filtre: { types: [ASSOCIATION_DEVELOPPEMENT] }) }`);
    const collection = JSON.parse(geojson.data!.exportPoles) as { features: { geometry: unknown; properties: { nom: string } }[] };
    expect(collection.features).toHaveLength(4);
    expect(collection.features.find((f) => f.properties.nom === 'De fil en réseaux')!.geometry).toBeNull();
  });

  it('serves the same exports over HTTP, with the filters in the query string', async () => {
    const csv = await fetch(`${server.url}/export/poles.csv?dans=REGION:53&types=ASSOCIATION_DEVELOPPEMENT`);
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="?poles-[\d-]+\.csv"?$/);
    const text = await csv.text();
    expect(text.trim().split('\r\n').slice(1).map((l) => l.split(';')[0])).toEqual(['ADESS Pays de Brest', 'Réso Solidaire']);
    const geojson = (await (await fetch(`${server.url}/export/poles.geojson?autourDe=-1.5536,47.2184,30`)).json()) as { features: unknown[] };
    expect(geojson.features).toHaveLength(1);
    const bad = await fetch(`${server.url}/export/poles.csv?types=PEPINIERE`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'BAD_USER_INPUT', champ: 'types' });
  });

  it('seeds the 39 fiches of the study with its typology', async () => {
    await database.dataSource.query('DELETE FROM pole');
    expect(await polesSeedStep.isLoaded(database.dataSource)).toBe(false);
    await polesSeedStep.load(database.dataSource, () => undefined);
    expect(await polesSeedStep.isLoaded(database.dataSource)).toBe(true);
    const rows = (await database.dataSource.query(
      `SELECT type, statut, count(*)::int AS n FROM pole GROUP BY type, statut ORDER BY type, statut`,
    )) as { type: string; statut: string; n: number }[];
    const byType = (type: string) => rows.filter((r) => r.type === type).reduce((sum, r) => sum + r.n, 0);
    expect(await count()).toBe(39);
    expect(byType('ESPACE_HEBERGEMENT')).toBe(7);
    expect(byType('CENTRE_MULTIFONCTION')).toBe(10);
    expect(rows.find((r) => r.type === 'CENTRE_MULTIFONCTION' && r.statut === 'PROJET')?.n).toBe(2);
    expect(byType('ASSOCIATION_DEVELOPPEMENT')).toBe(22);
    const nice = await server.graphql<{ poles: { nodes: { type: string; typeSelonMonographie: string; noteTypologie: string }[] } }>(
      `{ poles(filtre: { recherche: "nice" }) { nodes { type typeSelonMonographie noteTypologie sources { champ source } } } }`,
    );
    expect(nice.data!.poles.nodes[0]).toMatchObject({ type: 'CENTRE_MULTIFONCTION', typeSelonMonographie: 'ASSOCIATION_DEVELOPPEMENT' });
    // Positions only where a territory is known: here, fixture communes (Brest) and the Nantes EPCI.
    const placed = (await database.dataSource.query(`SELECT nom, precision_position FROM pole WHERE position IS NOT NULL ORDER BY nom`)) as { nom: string }[];
    expect(placed.map((p) => p.nom)).toEqual(expect.arrayContaining(['ADESS Pays de Brest', 'Les Ecossoles', 'Réso Solidaire']));
    // Romans arrives after the poles: the next start places Pôle Sud there.
    await database.dataSource.query(
      `INSERT INTO territoire (niveau, code, nom, nom_recherche, centre) VALUES ('COMMUNE', '26281', 'Romans-sur-Isère', 'romans', ST_SetSRID(ST_MakePoint(5.05, 45.04), 4326))`,
    );
    expect(await polesSeedStep.isLoaded(database.dataSource)).toBe(false);
    await polesSeedStep.load(database.dataSource, () => undefined);
    expect(await polesSeedStep.isLoaded(database.dataSource)).toBe(true);
    expect(await count(`SELECT count(*)::int AS n FROM pole WHERE nom = 'Pôle Sud' AND precision_position = 'COMMUNE'`)).toBe(1);
    expect(await count()).toBe(39);
  });
});
