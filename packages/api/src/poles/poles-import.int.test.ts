import Papa from 'papaparse';
import { sql, type Sql } from '../common/sql';
import { FIXTURE_CSV, insertFixtureTerritoires } from '../test-support/poles.fixtures';
import { startTestEnvironment, type TestEnvironment } from '../test-support/test-environment';
import { importPolesCsv } from './import-poles';
import { polesSeedStep } from './poles.seed';

const viewer = { role: 'admin' as const, jetonId: null, nom: 'test import', codeRegion: null };

const count = async (env: TestEnvironment, statement: Sql = sql`SELECT count(*)::int AS n FROM pole`) =>
  (await env.app.db.query<{ n: number }>(statement))[0]!.n;

// Each test imports into an emptied database (the fixture territories).
describe('poles: import and seed', () => {
  let env: TestEnvironment;

  beforeAll(async () => {
    env = await startTestEnvironment();
  });
  beforeEach(() => env.reset(({ db }) => insertFixtureTerritoires(db)));
  afterAll(() => env.close());

  it('rejects the whole file when one line is bad, naming the line and field, and writes nothing', async () => {
    const lines = FIXTURE_CSV.split('\n');
    lines.splice(3, 0, 'Pôle fantôme;espace-pepiniere;actif;;;;;;étude');
    lines.splice(5, 0, 'Pôle sans commune;centre-multifonction;actif;X;commune;12345;;12345;étude');
    const report = await importPolesCsv(env.app, lines.join('\n'), { viewer });
    expect(report.erreurs).toEqual([{ ligne: 4, champ: 'type_fiche', message: expect.stringMatching(/Type inconnu « espace-pepiniere »/) }]);
    // Unknown codes are found once the format is valid.
    const codes = await importPolesCsv(env.app, lines.filter((_, i) => i !== 3).join('\n'), { viewer });
    expect(codes.erreurs.map((e) => [e.ligne, e.champ])).toEqual([[5, 'code_territoire'], [5, 'code_commune_siege']].sort());
    expect(await count(env)).toBe(0);
    expect(await count(env, sql`SELECT count(*)::int AS n FROM pole_audit`)).toBe(0);
  });

  it('imports a file of more lines than a batch and than the territory-by-territory bound like small files: same poles, territories and history', async () => {
    // Positions on a grid over the fixture's squares (Brest, Nantes, Rennes, the regions, France) and outside them.
    const ligne = (i: number) => `Pôle en nombre ${i};centre-multifonction;actif;${(-5.5 + (i % 40) * 0.2).toFixed(3)};${(46 + Math.floor(i / 40) * 0.1).toFixed(3)}`;
    const fichier = (debut: number, fin: number) =>
      ['nom;type_fiche;statut_dans_etude;longitude;latitude', ...Array.from({ length: fin - debut }, (_, k) => ligne(debut + k))].join('\n');
    const etat = async () => ({
      poles: await env.app.db.query(sql`SELECT slug, ST_AsText(position) AS position FROM pole ORDER BY slug`),
      territoires: await env.app.db.query(sql`SELECT p.slug, pt.niveau, pt.code, pt.methode FROM pole_territoire pt JOIN pole p ON p.id = pt.pole_id ORDER BY 1, 2, 3`),
      historique: await env.app.db.query(sql`SELECT p.slug, a.action, a.changements FROM pole_audit a JOIN pole p ON p.id = a.pole_id ORDER BY 1`),
    });
    const progression: string[] = [];
    expect(await importPolesCsv(env.app, fichier(0, 1200), { viewer, onProgress: (m) => progression.push(m) })).toMatchObject({ crees: 1200, erreurs: [] });
    expect(progression).toEqual(expect.arrayContaining([expect.stringMatching(/^ {2}1.200 \/ 1.200 lignes écrites \(/), expect.stringMatching(/^ {2}territoires des pôles : [\d.]+ s$/)]));
    const enUneFois = await etat();
    expect(enUneFois.territoires.length).toBeGreaterThan(1200);
    await env.reset(({ db }) => insertFixtureTerritoires(db));
    for (let debut = 0; debut < 1200; debut += 100) await importPolesCsv(env.app, fichier(debut, debut + 100), { viewer });
    expect(await etat()).toEqual(enUneFois);
  });

  it('accepts commas and a BOM, and re-running the same file creates no duplicate', async () => {
    const commas = `\uFEFF${FIXTURE_CSV.replace(/;/g, ',')}`;
    const first = await importPolesCsv(env.app, commas, { viewer });
    expect(first).toMatchObject({ crees: 7, modifies: 0, erreurs: [] });
    const again = await importPolesCsv(env.app, FIXTURE_CSV, { viewer });
    expect(again).toMatchObject({ crees: 0, modifies: 0, inchanges: 7 });
    expect(await count(env)).toBe(7);
    const changed = await importPolesCsv(env.app, FIXTURE_CSV.replace('Les Ecossoles;association-developpement;actif', 'Les Ecossoles;association-developpement;ferme'), { viewer });
    expect(changed).toMatchObject({ crees: 0, modifies: 1, inchanges: 6 });
    expect(await count(env, sql`SELECT version AS n FROM pole WHERE slug = 'les-ecossoles'`)).toBe(2);
  });

  it('exports no cell a spreadsheet would run as a formula, and the export imports back unchanged', async () => {
    const hostile = [
      'nom;type_fiche;statut_dans_etude;code_commune_siege;contact;adresse;note;remarques;longitude;latitude;precision_position;source',
      '"=HYPERLINK(""http://evil.example"";""clic"")";association-developpement;actif;29019;@SUM(A1);+33 1 23 45 67 89;-2+3;\t=1;-4.4861;48.3904;adresse;étude',
    ].join('\n');
    expect(await importPolesCsv(env.app, hostile, { viewer })).toMatchObject({ crees: 1, erreurs: [] });
    const text = await (await fetch(`${env.server.url}/export/poles.csv`)).text();
    const [entete, ligne] = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true }).data;
    const cellules = Object.fromEntries(entete!.map((colonne, i) => [colonne, ligne![i]!]));
    expect(Object.values(cellules).filter((c) => /^[=+\-@\t\r]/.test(c) && !/^-?\d+(\.\d+)?$/.test(c))).toEqual([]);
    expect(cellules).toMatchObject({ nom: `'=HYPERLINK("http://evil.example";"clic")`, contact: "'@SUM(A1)", adresse: "'+33 1 23 45 67 89", longitude: '-4.4861' });
    expect(await importPolesCsv(env.app, text, { viewer })).toMatchObject({ crees: 0, modifies: 0, inchanges: 1, erreurs: [] });
  });

  it('seeds the 39 fiches of the study with its typology', async () => {
    const { server } = env;
    expect(await polesSeedStep.isLoaded(env.app)).toBe(false);
    await polesSeedStep.load(env.app, () => undefined);
    expect(await polesSeedStep.isLoaded(env.app)).toBe(true);
    const rows = await env.app.db.query<{ type: string; statut: string; n: number }>(
      sql`SELECT type, statut, count(*)::int AS n FROM pole GROUP BY type, statut ORDER BY type, statut`,
    );
    const byType = (type: string) => rows.filter((r) => r.type === type).reduce((sum, r) => sum + r.n, 0);
    expect(await count(env)).toBe(39);
    expect(byType('ESPACE_HEBERGEMENT')).toBe(7);
    expect(byType('CENTRE_MULTIFONCTION')).toBe(10);
    expect(rows.find((r) => r.type === 'CENTRE_MULTIFONCTION' && r.statut === 'PROJET')?.n).toBe(2);
    expect(byType('ASSOCIATION_DEVELOPPEMENT')).toBe(22);
    const nice = await server.graphql<{ poles: { nodes: { type: string; typeSelonMonographie: string; noteTypologie: string }[] } }>(
      `{ poles(filtre: { recherche: "nice" }) { nodes { type typeSelonMonographie noteTypologie sources { champ source } } } }`,
    );
    expect(nice.data!.poles.nodes[0]).toMatchObject({ type: 'CENTRE_MULTIFONCTION', typeSelonMonographie: 'ASSOCIATION_DEVELOPPEMENT' });
    // Positions only where a territory is known: here, fixture communes (Brest) and the Nantes EPCI.
    const placed = await env.app.db.query<{ nom: string }>(sql`SELECT nom, precision_position FROM pole WHERE position IS NOT NULL ORDER BY nom`);
    expect(placed.map((p) => p.nom)).toEqual(expect.arrayContaining(['ADESS Pays de Brest', 'Les Ecossoles', 'Réso Solidaire']));
    // Romans arrives after the poles: the next start places Pôle Sud there.
    await env.app.db.query(
      sql`INSERT INTO territoire (niveau, code, nom, nom_recherche, centre) VALUES ('COMMUNE', '26281', 'Romans-sur-Isère', 'romans', ST_SetSRID(ST_MakePoint(5.05, 45.04), 4326))`,
    );
    expect(await polesSeedStep.isLoaded(env.app)).toBe(false);
    await polesSeedStep.load(env.app, () => undefined);
    expect(await polesSeedStep.isLoaded(env.app)).toBe(true);
    expect(await count(env, sql`SELECT count(*)::int AS n FROM pole WHERE nom = 'Pôle Sud' AND precision_position = 'COMMUNE'`)).toBe(1);
    expect(await count(env)).toBe(39);
  });
});

// The fixture's poles, imported once: these tests only read them.
describe('poles: export', () => {
  let env: TestEnvironment;

  beforeAll(async () => {
    env = await startTestEnvironment(async (app) => {
      await insertFixtureTerritoires(app.db);
      await importPolesCsv(app, FIXTURE_CSV, { viewer });
    });
  });
  afterAll(() => env.close());

  it('exports a filtered list as CSV (BOM, semicolons) that imports back unchanged, and as GeoJSON', async () => {
    const { server } = env;
    const csv = await server.graphql<{ exportPoles: string }>(`{ exportPoles(format: CSV, filtre: { dans: { niveau: REGION, code: "53" } }) }`);
    const text = csv.data!.exportPoles;
    expect(text.startsWith('\uFEFFnom;type_fiche;statut_dans_etude;')).toBe(true);
    expect(text.trim().split('\r\n')).toHaveLength(4);
    expect(await importPolesCsv(env.app, text, { viewer })).toMatchObject({ crees: 0, modifies: 0, inchanges: 3, erreurs: [] });
    const geojson = await server.graphql<{ exportPoles: string }>(`{ exportPoles(format: GEOJSON, filtre: { types: [ASSOCIATION_DEVELOPPEMENT] }) }`);
    const collection = JSON.parse(geojson.data!.exportPoles) as { features: { geometry: unknown; properties: { nom: string } }[] };
    expect(collection.features).toHaveLength(4);
    expect(collection.features.find((f) => f.properties.nom === 'De fil en réseaux')!.geometry).toBeNull();
  });

  it('serves the same exports over HTTP, with the filters in the query string', async () => {
    const { server } = env;
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

});
