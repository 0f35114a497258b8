import { sql } from '../../common/sql';
import {
  extractReferentiel,
  extractSourceContours,
  insertReferentiel,
} from '../../test-support/contours-officiels.fixtures';
import { createTestDatabase, type TestApp } from '../../test-support/test-database';
import { CONTOURS_MILLESIME, CONTOURS_SOURCE_NOM } from './contours-officiels.source';
import { loadContoursOfficiels } from './load-contours-officiels';
import type { CorrespondanceCommunes2018 } from './map-communes-2018';
import { listContoursCommunes } from './read-contours-communes';
import { toWkb } from './to-wkb';

// A first start in miniature, from the committed outlines: Ain (01341 merged into 01227), Calvados (Sannerville
// restored after 2018 inside Saline, today Troarn), Oise (60455 déléguée of 60694 but an ancien code of 60054),
// Ille-et-Vilaine.
const DEPARTEMENTS = ['01', '14', '35', '60'];

describe('official outlines built on first start', () => {
  let app: TestApp;
  let correspondance: CorrespondanceCommunes2018;
  const source = extractSourceContours(DEPARTEMENTS);
  const contour2018 = (code: string) => {
    const f = Object.values(source.fichier.zones).flatMap(listContoursCommunes).find((c) => c.properties.code === code);
    if (!f) throw new Error(`pas de contour 2018 ${code}`);
    return toWkb(f.geometry);
  };

  beforeAll(async () => {
    app = await createTestDatabase();
    await insertReferentiel(app.db, extractReferentiel(DEPARTEMENTS));
    correspondance = await app.db.transaction((tx) => loadContoursOfficiels(tx, () => undefined, source));
  }, 240_000);
  afterAll(() => app.close());

  it('gives a merged commune the union of its 2018 outlines, and a déléguée to its chef-lieu, not to the commune listing its old code', async () => {
    expect(correspondance.communeActuelle.get('01341')).toBe('01227');
    expect(correspondance.communeActuelle.get('60455')).toBe('60694');
    const [row] = await app.db.query<{ ecart: number; dans_chef_lieu: boolean; dans_autre: boolean }>(
      sql`WITH c AS (SELECT ST_SetSRID(ST_GeomFromWKB(${contour2018('01227')}), 4326) AS a, ST_SetSRID(ST_GeomFromWKB(${contour2018('01341')}), 4326) AS b,
                            ST_PointOnSurface(ST_SetSRID(ST_GeomFromWKB(${contour2018('60455')}), 4326)) AS p)
          SELECT (SELECT ST_Area(ST_SymDifference(t.geom, ST_Union(c.a, c.b))) / ST_Area(t.geom) FROM territoire t WHERE niveau = 'COMMUNE' AND code = '01227') AS ecart,
                 (SELECT ST_Contains(geom, c.p) FROM territoire WHERE niveau = 'COMMUNE' AND code = '60694') AS dans_chef_lieu,
                 (SELECT ST_Contains(geom, c.p) FROM territoire WHERE niveau = 'COMMUNE' AND code = '60054') AS dans_autre
          FROM c`,
    );
    expect(row!.ecart).toBeLessThan(1e-9);
    expect(row!.dans_chef_lieu).toBe(true);
    expect(row!.dans_autre).toBe(false);
  });

  it('flags a commune restored after 2018 and its too large parent as APPROXIMATIVE, the point inside the parent', async () => {
    const rows = await app.db.query<{ code: string; geometrie_source: string; geometrie_source_nom: string; a_contour: boolean; centre_dans_parent: boolean }>(
      sql`SELECT t.code, t.geometrie_source, t.geometrie_source_nom, t.geom IS NOT NULL AS a_contour,
                 ST_Contains(p.geom, t.centre) AS centre_dans_parent
          FROM territoire t, territoire p WHERE p.niveau = 'COMMUNE' AND p.code = '14712'
            AND t.niveau = 'COMMUNE' AND t.code IN ('14666', '14712') ORDER BY t.code`,
    );
    expect(rows.map((r) => [r.code, r.geometrie_source, r.a_contour, r.centre_dans_parent])).toEqual([
      ['14666', 'APPROXIMATIVE', false, true],
      ['14712', 'APPROXIMATIVE', true, true],
    ]);
    expect(rows[0]!.geometrie_source_nom).toMatch(/rétablie après 2018.*14712/);
  });

  it('dissolves every level from its communes: a département, an EPCI and the région nest exactly', async () => {
    const rows = await app.db.query<{ niveau: string; code: string; ecart: number }>(
      sql`SELECT p.niveau, p.code, ST_Area(ST_SymDifference(p.geom, ST_Union(c.geom))) / ST_Area(p.geom) AS ecart
          FROM territoire p
          JOIN territoire_lien l ON l.niveau_parent = p.niveau AND l.code_parent = p.code AND l.niveau_membre = 'COMMUNE' AND l.date_fin IS NULL
          JOIN territoire c ON c.niveau = 'COMMUNE' AND c.code = l.code_membre
          WHERE (p.niveau, p.code) IN (('DEPARTEMENT', '35'), ('EPCI', '243500139'), ('REGION', '53'))
          GROUP BY p.niveau, p.code, p.geom ORDER BY p.niveau`,
    );
    expect(rows.map((r) => [r.niveau, r.code])).toEqual([['DEPARTEMENT', '35'], ['EPCI', '243500139'], ['REGION', '53']]);
    for (const r of rows) expect(r.ecart).toBeLessThan(1e-6);
  });

  it('marks every outline OFFICIELLE with its source and vintage, valid, with an area and a point inside', async () => {
    const [row] = await app.db.query<{ n: number; officielles: number; valides: number; avec_aire: number; centres_dedans: number; source: string[]; millesimes: number[] }>(
      sql`SELECT count(*)::int AS n, count(*) FILTER (WHERE geometrie_source = 'OFFICIELLE')::int AS officielles,
                 count(*) FILTER (WHERE ST_IsValid(geom) AND ST_IsValid(coalesce(geom_moyenne, geom)) AND ST_IsValid(coalesce(geom_basse, geom)))::int AS valides,
                 count(*) FILTER (WHERE superficie_km2 > 0)::int AS avec_aire,
                 count(*) FILTER (WHERE ST_Contains(geom, centre))::int AS centres_dedans,
                 array_agg(DISTINCT geometrie_source_nom) FILTER (WHERE geometrie_source = 'OFFICIELLE') AS source,
                 array_agg(DISTINCT geometrie_millesime) AS millesimes
          FROM territoire WHERE geom IS NOT NULL`,
    );
    expect(row!.n).toBeGreaterThan(1500);
    expect(row!.officielles).toBe(row!.n - 1);
    expect(row!.valides).toBe(row!.n);
    expect(row!.avec_aire).toBe(row!.n);
    expect(row!.centres_dedans).toBe(row!.n);
    expect(row!.source).toEqual([CONTOURS_SOURCE_NOM]);
    expect(row!.millesimes).toEqual([CONTOURS_MILLESIME]);
  });

  it('simplifies display versions on shared borders: neighbouring EPCI neither overlap nor leave a gap', async () => {
    const [row] = await app.db.query<{ voisins: number; chevauchement: number; separes: number }>(
      sql`WITH e AS (SELECT t.code, t.geom, t.geom_basse FROM territoire t
                     JOIN territoire_lien l ON l.niveau_membre = 'EPCI' AND l.code_membre = t.code AND l.niveau_parent = 'DEPARTEMENT' AND l.code_parent = '35'
                     WHERE t.niveau = 'EPCI'),
          v AS (SELECT a.geom_basse AS a, b.geom_basse AS b FROM e a JOIN e b ON a.code < b.code AND ST_Intersects(a.geom, b.geom)
                WHERE ST_Length(ST_Intersection(a.geom, b.geom)) > 0)
          SELECT count(*)::int AS voisins, coalesce(sum(ST_Area(ST_Intersection(a, b))), 0) AS chevauchement,
                 count(*) FILTER (WHERE ST_Length(ST_Intersection(ST_Boundary(a), ST_Boundary(b))) = 0)::int AS separes
          FROM v`,
    );
    expect(row!.voisins).toBeGreaterThan(10);
    expect(row!.chevauchement).toBeLessThan(1e-9);
    expect(row!.separes).toBe(0);
  });
});
