import { sql } from '../common/sql';
import { insertAnalysesFixture } from '../test-support/analyses.fixtures';
import { startTestEnvironment, type TestEnvironment } from '../test-support/test-environment';
import type { TestServer } from '../test-support/test-server';
import { importPointsCsv } from './points-import.service';

interface DensiteReponse {
  densite: {
    couche: { nom: string; synthetique: boolean };
    cellules: { cle: string; nombre: number; poids: number }[];
    totalNombre: number;
    totalPoids: number;
    methode: string;
  };
}

// 200 points spread over western Bretagne (deterministic), weight 2 each.
const POINTS = Array.from({ length: 200 }, (_, k) => {
  const lon = -4.6 + ((k * 37) % 200) / 100;
  const lat = 47.8 + ((k * 53) % 100) / 100;
  return `${lon.toFixed(4).replace('.', ',')};${lat.toFixed(4).replace('.', ',')};etab;2;test`;
});

// The analyses fixture and the 200 points, imported once: the tests read them (a refused import writes nothing;
// the density requests fill the grid cache, which only answers what they would compute).
describe('densite and import:points', () => {
  let env: TestEnvironment;
  let server: TestServer;

  beforeAll(async () => {
    env = await startTestEnvironment(async (app) => {
      await insertAnalysesFixture(app);
      const resultat = await importPointsCsv(app.db, `\uFEFFlon;lat;categorie;poids;source\n${POINTS.join('\n')}\n`, {
        nom: 'etablissements', source: 'test synthétique', synthetique: true,
      });
      expect(resultat).toEqual({ ok: true, points: 200 });
    });
    server = env.server;
  });
  afterAll(() => env.close());

  const hexagones = async () =>
    server.graphql<DensiteReponse>(
      '{ densite(couche: POINTS, nomCouche: "etablissements", grille: HEXAGONE, taille: 10) { couche { nom synthetique } cellules { cle nombre poids } totalNombre totalPoids methode } }',
    );

  it('aggregates into the same hexagons as ST_HexagonGrid, and says the layer is synthetic', async () => {
    const r = await hexagones();
    expect(r.errors).toBeUndefined();
    expect(r.data!.densite.couche).toEqual({ nom: 'etablissements', synthetique: true });
    expect(r.data!.densite.methode).toContain('SYNTHÉTIQUES');
    expect(r.data!.densite.totalNombre).toBe(200);
    expect(r.data!.densite.totalPoids).toBe(400);
    const reference = await env.app.db.query<{ cle: string; nombre: number }>(
      sql`SELECT g.i || ':' || g.j AS cle, count(*)::int AS nombre
          FROM point_couche p JOIN LATERAL ST_HexagonGrid(10000, ST_Transform(p.geom, 2154)) g ON ST_Intersects(g.geom, ST_Transform(p.geom, 2154))
          GROUP BY 1 ORDER BY 1`,
    );
    const obtenu = r.data!.densite.cellules.map((c) => ({ cle: c.cle, nombre: c.nombre })).sort((a, b) => a.cle.localeCompare(b.cle));
    expect(obtenu).toEqual(reference);
  });

  it('answers the second time from the cached grid, identically', async () => {
    const first = await hexagones();
    const [cache] = await env.app.db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM grille_cache`);
    expect(cache!.n).toBeGreaterThan(0);
    const again = await hexagones();
    expect(again.data).toEqual(first.data);
    expect(again.data!.densite.totalNombre).toBe(200);
  });

  it('keeps cells only for the sizes of a fixed list: other sizes are computed, the cache does not grow', async () => {
    const taille = async (km: number) =>
      (await server.graphql<DensiteReponse>(`{ densite(couche: POINTS, nomCouche: "etablissements", grille: CARRE, taille: ${km}) { totalNombre totalPoids cellules { cle poids } } }`)).data!.densite;
    const enCache = await taille(20);
    const lignes = async () => (await env.app.db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM grille_cache`))[0]!.n;
    const avant = await lignes();
    expect(avant).toBeGreaterThan(0);
    for (let i = 0; i < 30; i += 1) expect((await taille(20.5 + i)).totalPoids).toBe(enCache.totalPoids);
    expect(await lignes()).toBe(avant);
    expect((await taille(20)).cellules).toEqual(enCache.cellules);
  });

  it("keeps each cached cell's centre and polygon, as PostGIS draws the hexagon", async () => {
    type Cellules = { densite: { cellules: { cle: string; lon: number; lat: number; polygone: unknown }[] } };
    const r = await server.graphql<Cellules>(
      '{ densite(couche: POINTS, nomCouche: "etablissements", grille: HEXAGONE, taille: 10, avecPolygones: true) { cellules { cle lon lat polygone } } }',
    );
    expect(r.errors).toBeUndefined();
    const cellule = r.data!.densite.cellules[0]!;
    const [i, j] = cellule.cle.split(':').map(Number);
    const [attendu] = await env.app.db.query<{ lon: number; lat: number; polygone: unknown }>(
      sql`SELECT ST_X(c) AS lon, ST_Y(c) AS lat, ST_AsGeoJSON(ST_Transform(h, 4326), 6)::json AS polygone
          FROM (SELECT ST_SetSRID(ST_Hexagon(10000, ${i}, ${j}), 2154) AS h) x CROSS JOIN LATERAL (SELECT ST_Transform(ST_Centroid(h), 4326) AS c) y`,
    );
    expect(cellule.polygone).toEqual(attendu!.polygone);
    expect(cellule.lon).toBeCloseTo(attendu!.lon, 9);
    expect(cellule.lat).toBeCloseTo(attendu!.lat, 9);
  });

  it('counts points per square cell and per territory', async () => {
    const carres = await server.graphql<DensiteReponse>('{ densite(couche: POINTS, nomCouche: "etablissements", grille: CARRE, taille: 50) { totalNombre cellules { nombre } } }');
    expect(carres.data!.densite.totalNombre).toBe(200);
    const pays = await server.graphql<DensiteReponse>('{ densite(couche: POLES, grille: TERRITOIRE, niveau: PAYS) { cellules { cle nombre } } }');
    // P2 lies on the A/B boundary: it counts in both Pays; Pays C has no pole and is omitted.
    expect(pays.data!.densite.cellules).toEqual([{ cle: 'PAYS-A', nombre: 2 }, { cle: 'PAYS-B', nombre: 2 }]);
  });

  it('filters a cached layer by bbox on its cells', async () => {
    const r = await server.graphql<DensiteReponse>(
      '{ densite(couche: POINTS, nomCouche: "etablissements", grille: CARRE, taille: 20, bbox: {ouest: -4.6, sud: 47.8, est: -3.6, nord: 48.8}) { totalNombre } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.densite.totalNombre).toBeGreaterThan(0);
    expect(r.data!.densite.totalNombre).toBeLessThanOrEqual(200);
  });

  it('weights the population layer by commune population', async () => {
    const r = await server.graphql<DensiteReponse>('{ densite(couche: POPULATION, grille: TERRITOIRE, niveau: PAYS) { cellules { cle poids } } }');
    expect(r.data!.densite.cellules).toEqual([
      { cle: 'PAYS-A', poids: 4000 }, { cle: 'PAYS-B', poids: 4000 }, { cle: 'PAYS-C', poids: 5000 },
    ]);
  });

  it('lists imported layers, synthetic ones labelled', async () => {
    const r = await server.graphql<{ couchesPoints: unknown[] }>('{ couchesPoints { nom source synthetique nombrePoints } }');
    expect(r.data!.couchesPoints).toEqual([{ nom: 'etablissements', source: 'test synthétique', synthetique: true, nombrePoints: 200 }]);
  });

  it('rejects a whole file for one bad line, with its number', async () => {
    const r = await importPointsCsv(env.app.db, 'lon,lat,categorie,poids,source\n-4.1,48.2,a,1,x\n-4.1,99,a,1,x\n', {
      nom: 'etablissements', source: 'autre', synthetique: false,
    });
    expect(r).toEqual({ ok: false, erreurs: [expect.objectContaining({ ligne: 3, champ: 'lat' })] });
    const [compte] = await env.app.db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM point_couche`);
    expect(compte!.n).toBe(200);
  });
});
