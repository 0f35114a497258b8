import { normalizeSearch } from '@poles-ess/shared';
import { sql } from '../../common/sql';
import { bulkInsert } from '../../database/bulk-insert';
import type { Database } from '../../database/database';
import { createTestDatabase, type TestApp } from '../../test-support/test-database';
import { buildApproximateGeometry } from './build-approximate-geometry';
import { CENTRE_EPCI, CENTRE_LIEU } from './geometrie.sources';
import { rebuildParentGeometry } from './rebuild-parent-geometry';

// Two Breton départements with a few real communes (GeoNames has places of these names) and one
// commune that no GeoNames place names.
const COMMUNES: [string, string, string, string | null][] = [
  ['29019', 'Brest', '29', '242900314'],
  ['29189', 'Plougastel-Daoulas', '29', '242900314'],
  ['29232', 'Quimper', '29', null],
  ['29151', 'Morlaix', '29', null],
  ['29999', 'Commune sans lieu', '29', '242900314'],
  ['22278', 'Saint-Brieuc', '22', null],
  ['22113', 'Lannion', '22', null],
  ['22050', 'Dinan', '22', null],
];

async function insertFixture(database: Database): Promise<void> {
  const territoires = [
    ['FRANCE', 'FR', 'France'], ['REGION', '53', 'Bretagne'], ['DEPARTEMENT', '29', 'Finistère'], ['DEPARTEMENT', '22', "Côtes-d'Armor"],
    ['EPCI', '242900314', 'Brest Métropole'], ['PAYS', 'PAYS-BREST', 'Pays de Brest'],
    ...COMMUNES.map(([code, nom]) => ['COMMUNE', code, nom]),
  ].map(([niveau, code, nom]) => ({ niveau, code, nom, nom_recherche: normalizeSearch(nom!) }));
  await bulkInsert(database, 'territoire', { niveau: 'text', code: 'text', nom: 'text', nom_recherche: 'text' }, territoires);
  const liens: string[][] = [
    ['REGION', '53', 'FRANCE', 'FR'], ['DEPARTEMENT', '29', 'REGION', '53'], ['DEPARTEMENT', '22', 'REGION', '53'],
    ['DEPARTEMENT', '29', 'FRANCE', 'FR'], ['DEPARTEMENT', '22', 'FRANCE', 'FR'],
    ['EPCI', '242900314', 'DEPARTEMENT', '29'], ['EPCI', '242900314', 'PAYS', 'PAYS-BREST'],
  ];
  for (const [code, , departement, epci] of COMMUNES) {
    liens.push(['COMMUNE', code, 'DEPARTEMENT', departement], ['COMMUNE', code, 'REGION', '53']);
    if (epci) liens.push(['COMMUNE', code, 'EPCI', epci], ['COMMUNE', code, 'PAYS', 'PAYS-BREST']);
  }
  await bulkInsert(
    database,
    'territoire_lien',
    { niveau_membre: 'text', code_membre: 'text', niveau_parent: 'text', code_parent: 'text' },
    liens.map(([niveau_membre, code_membre, niveau_parent, code_parent]) => ({ niveau_membre, code_membre, niveau_parent, code_parent })),
  );
}

interface Ligne {
  niveau: string;
  code: string;
  aire: number | null;
  superficie_km2: number | null;
  valide: boolean | null;
  geometrie_source: string;
  centre_source: string | null;
  centre_dans_epci: boolean | null;
}

// The geometry is built once; the tests read it (the last one rebuilds parents from what it reads).
describe('approximate geometry', () => {
  let app: TestApp;
  const lignes = new Map<string, Ligne>();
  const aire = (niveau: string, code: string) => lignes.get(`${niveau}|${code}`)?.aire ?? NaN;

  beforeAll(async () => {
    app = await createTestDatabase();
    await insertFixture(app.db);
    await buildApproximateGeometry(app.db, () => undefined);
    const rows = await app.db.query<Ligne>(
      sql`SELECT t.niveau, t.code, ST_Area(t.geom) AS aire, t.superficie_km2, ST_IsValid(t.geom) AND ST_IsValid(t.geom_basse) AS valide,
              t.geometrie_source, t.centre_source, ST_Intersects(t.centre, (SELECT geom FROM territoire WHERE niveau = 'EPCI')) AS centre_dans_epci
       FROM territoire t`,
    );
    for (const row of rows) lignes.set(`${row.niveau}|${row.code}`, row);
  }, 180_000);
  afterAll(() => app.close());

  it('nests exactly: a département is its communes, the région its départements, an EPCI its communes', () => {
    const communes29 = COMMUNES.filter(([, , d]) => d === '29').reduce((s, [code]) => s + (aire('COMMUNE', code) || 0), 0);
    expect(aire('DEPARTEMENT', '29')).toBeGreaterThan(0.3);
    expect(communes29).toBeCloseTo(aire('DEPARTEMENT', '29'), 6);
    expect(aire('DEPARTEMENT', '29') + aire('DEPARTEMENT', '22')).toBeCloseTo(aire('REGION', '53'), 6);
    expect(aire('COMMUNE', '29019') + aire('COMMUNE', '29189')).toBeCloseTo(aire('EPCI', '242900314'), 6);
    expect(aire('PAYS', 'PAYS-BREST')).toBeCloseTo(aire('EPCI', '242900314'), 6);
    expect(aire('FRANCE', 'FR')).toBeCloseTo(aire('REGION', '53'), 6);
  });

  it('gives valid geometry flagged APPROXIMATIVE, with an area in km²', () => {
    for (const ligne of lignes.values()) {
      expect(ligne.geometrie_source).toBe('APPROXIMATIVE');
      if (ligne.aire !== null) expect(ligne.valide).toBe(true);
    }
    // Finistère is about 6,700 km²; the approximation keeps the order of magnitude.
    expect(lignes.get('DEPARTEMENT|29')?.superficie_km2).toBeGreaterThan(4000);
    expect(lignes.get('DEPARTEMENT|29')?.superficie_km2).toBeLessThan(10000);
  });

  it('places a commune at its GeoNames place, and says so when it has none', () => {
    expect(lignes.get('COMMUNE|29019')?.centre_source).toBe(CENTRE_LIEU);
    const sansLieu = lignes.get('COMMUNE|29999');
    expect(sansLieu?.aire).toBeNull();
    expect(sansLieu?.centre_source).toBe(CENTRE_EPCI);
    expect(sansLieu?.centre_dans_epci).toBe(true);
  });

  it('rebuilds parents from official members only when every member has an outline', async () => {
    await app.db.query(sql`UPDATE territoire SET geometrie_source = 'OFFICIELLE' WHERE niveau = 'COMMUNE'`);
    await app.db.transaction((tx) => rebuildParentGeometry(tx, 'COMMUNE'));
    const rows = await app.db.query<{ code: string; geometrie_source: string }>(
      sql`SELECT code, geometrie_source FROM territoire WHERE niveau = 'DEPARTEMENT' ORDER BY code`,
    );
    // 22: all three communes have an outline; 29: « Commune sans lieu » has none, so it is left as it was.
    expect(rows).toEqual([
      { code: '22', geometrie_source: 'OFFICIELLE' },
      { code: '29', geometrie_source: 'APPROXIMATIVE' },
    ]);
  });
});
