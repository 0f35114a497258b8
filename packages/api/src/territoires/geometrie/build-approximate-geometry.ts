import fs from 'node:fs';
import path from 'node:path';
import { raw, sql } from '../../common/sql';
import type { Database } from '../../database/database';
import type { Executor } from '../../database/executor';
import { setGeometrySql } from './build-display-geometry';
import { readContourFrance, ZONES_CONTOUR } from './contour-france';
import { CENTRE_EPCI, CENTRE_LIEU, CENTRE_LIEU_SECONDAIRE, CENTRE_SURFACE, SOURCE_APPROXIMATIVE, SOURCE_COMMUNE_SANS_LIEU } from './geometrie.sources';
import { assignNearestCommune, matchLieuxToCommunes, readLieuxGeonames, type AliasCommune, type CommuneANommer } from './lieux-geonames';
import { rebuildParentGeometry } from './rebuild-parent-geometry';

// Approximate geometry of every level, built top-down so that levels nest exactly:
// 1. one Voronoi diagram of all GeoNames places per zone (metropolitan France, each overseas
//    département), clipped to the Natural Earth outline of France;
// 2. a département is the union of the cells of the places GeoNames puts in it;
// 3. a place is matched to a commune by name within its département; a place that matches none
//    (hamlet, quarter) goes to the commune of the nearest matched place of the same département, so the
//    communes' cells share out the whole département;
// 4. a commune with no GeoNames place of its name gets NO geometry (its land is in its neighbours'
//    cells) and, as its centre, a point inside its EPCI, flagged as such in centre_source;
// 5. EPCI, Pays, régions, anciennes régions and France are unions of their members.
export async function buildApproximateGeometry(db: Database, log: (m: string) => void): Promise<void> {
  const etape = chrono(log);
  await db.transaction(async (tx) => {
    // Fresh statistics after the bulk load, or the planner loops over 35,000 communes.
    await tx.query(sql`ANALYZE territoire`);
    await tx.query(sql`ANALYZE territoire_lien`);
    await loadLieux(tx);
    etape('lieux GeoNames rattachés aux communes');
    await buildCellules(tx);
    etape('cellules de Voronoï découpées par le contour de la France');
    await fillCommunesEtDepartements(tx);
    etape('communes et départements');
    await rebuildParentGeometry(tx, 'COMMUNE', { accepterMembresSansGeometrie: true, niveauxExclus: ['DEPARTEMENT'] });
    await placeCommunesSansLieu(tx);
    etape('EPCI, Pays, régions, anciennes régions, France');
    await tx.query(sql`DROP TABLE geo_cellule, geo_voronoi, geo_lieu, geo_contour`);
  });
}

function chrono(log: (m: string) => void): (nom: string) => void {
  let depuis = Date.now();
  return (nom) => {
    log(`  géométrie approximative : ${nom} (${((Date.now() - depuis) / 1000).toFixed(1)} s)`);
    depuis = Date.now();
  };
}

async function loadLieux(tx: Executor): Promise<void> {
  const communes = await tx.query<CommuneANommer>(
    sql`SELECT t.code, t.nom, l.code_parent AS departement FROM territoire t
        JOIN territoire_lien l ON l.niveau_membre = 'COMMUNE' AND l.code_membre = t.code AND l.niveau_parent = 'DEPARTEMENT' AND l.date_fin IS NULL
        WHERE t.niveau = 'COMMUNE'`,
  );
  const lieux = readLieuxGeonames();
  const rattaches = new Map(matchLieuxToCommunes(lieux, communes, readAliasCommunes()).map((r) => [r.id, r]));
  const attribues = assignNearestCommune(lieux, rattaches);
  const rows = lieux.map((l) => ({ ...l, commune: rattaches.get(l.id)?.codeCommune ?? null, rang: rattaches.get(l.id)?.rang ?? null, attribuee: attribues.get(l.id) ?? null }));
  await tx.query(
    sql`CREATE TEMP TABLE geo_lieu AS
        SELECT id, departement, zone, commune, rang, attribuee AS commune_attribuee, ST_SetSRID(ST_MakePoint(lon, lat), 4326) AS geom
        FROM json_to_recordset(${JSON.stringify(rows)}::json) AS r(id int, departement text, zone text, commune text, rang int, attribuee text, lon float8, lat float8)`,
  );
  await tx.query(sql`CREATE INDEX geo_lieu_geom_idx ON geo_lieu USING gist (geom)`);
}

async function buildCellules(tx: Executor): Promise<void> {
  const zones = Object.entries(ZONES_CONTOUR).map(([zone, [w, s, e, n]]) => ({ zone, w, s, e, n }));
  await tx.query(
    sql`CREATE TEMP TABLE geo_contour AS
        SELECT z.zone, ST_Union(p.geom) AS geom
        FROM (SELECT (ST_Dump(ST_MakeValid(ST_SetSRID(ST_GeomFromGeoJSON(${readContourFrance()}), 4326)))).geom) AS p
        JOIN json_to_recordset(${JSON.stringify(zones)}::json) AS z(zone text, w float8, s float8, e float8, n float8)
          ON ST_Intersects(ST_PointOnSurface(p.geom), ST_MakeEnvelope(z.w, z.s, z.e, z.n, 4326))
        WHERE ST_GeometryType(p.geom) = 'ST_Polygon'
        GROUP BY z.zone`,
  );
  await tx.query(
    sql`CREATE TEMP TABLE geo_voronoi AS
     SELECT l.zone, (ST_Dump(ST_VoronoiPolygons(ST_Collect(l.geom), 0,
              (SELECT ST_Expand(ST_Envelope(c.geom), 1) FROM geo_contour c WHERE c.zone = l.zone)))).geom AS geom
     FROM geo_lieu l WHERE l.zone IN (SELECT zone FROM geo_contour) GROUP BY l.zone`,
  );
  // Without statistics the planner may skip the index and test every place against every cell.
  await tx.query(sql`CREATE INDEX geo_voronoi_geom_idx ON geo_voronoi USING gist (geom)`);
  await tx.query(sql`ANALYZE geo_lieu`);
  await tx.query(sql`ANALYZE geo_voronoi`);
  // One cell per distinct point (GeoNames has a few duplicates): the matched place wins.
  await tx.query(
    sql`CREATE TEMP TABLE geo_cellule AS
     SELECT DISTINCT ON (v.ctid) l.id, l.departement, l.commune_attribuee, v.zone, v.geom
     FROM geo_lieu l JOIN geo_voronoi v ON v.geom && l.geom AND ST_Intersects(l.geom, v.geom) AND v.zone = l.zone
     ORDER BY v.ctid, l.rang NULLS LAST, l.id`,
  );
  await tx.query(
    sql`UPDATE geo_cellule c SET geom = CASE WHEN ST_Within(c.geom, k.geom) THEN c.geom
                                          ELSE ST_CollectionExtract(ST_Intersection(c.geom, k.geom), 3) END
     FROM geo_contour k WHERE k.zone = c.zone`,
  );
}

// Most communes are one cell: no overlay needed for them.
const UNION = `ST_Multi(ST_CollectionExtract(CASE WHEN count(*) = 1 THEN (array_agg(c.geom))[1] ELSE ST_Union(c.geom) END, 3))`;

async function fillCommunesEtDepartements(tx: Executor): Promise<void> {
  await tx.query(
    sql`UPDATE territoire SET geom = NULL, geom_moyenne = NULL, geom_basse = NULL, centre = NULL, centre_source = NULL,
       superficie_km2 = NULL, geometrie_source = 'APPROXIMATIVE', geometrie_source_nom = NULL
     WHERE geom IS NOT NULL OR centre IS NOT NULL OR geometrie_source_nom IS NOT NULL`,
  );
  for (const [niveau, colonne] of [['COMMUNE', 'commune_attribuee'], ['DEPARTEMENT', 'departement']]) {
    await tx.query(
      sql`WITH u AS (SELECT c.${raw(colonne!)} AS code, ${raw(UNION)} AS g FROM geo_cellule c WHERE NOT ST_IsEmpty(c.geom) GROUP BY 1)
          UPDATE territoire t SET ${setGeometrySql('u.g')}, geometrie_source_nom = ${SOURCE_APPROXIMATIVE},
            centre = coalesce(p.geom, ST_PointOnSurface(u.g)),
            centre_source = CASE WHEN p.rang = 0 THEN ${CENTRE_LIEU} WHEN p.rang = 1 THEN ${CENTRE_LIEU_SECONDAIRE} ELSE ${CENTRE_SURFACE} END
          FROM u LEFT JOIN (SELECT DISTINCT ON (commune) commune, rang, geom FROM geo_lieu
                            WHERE commune IS NOT NULL AND ${niveau}::text = 'COMMUNE' ORDER BY commune, rang, id) AS p ON p.commune = u.code
          WHERE t.niveau = ${niveau} AND t.code = u.code`,
    );
  }
}

async function placeCommunesSansLieu(tx: Executor): Promise<void> {
  await tx.query(
    sql`UPDATE territoire t SET geometrie_source_nom = ${SOURCE_COMMUNE_SANS_LIEU}, centre = e.centre, centre_source = CASE WHEN e.centre IS NULL THEN NULL ELSE ${CENTRE_EPCI} END
     FROM territoire c
     LEFT JOIN territoire_lien l ON l.niveau_membre = 'COMMUNE' AND l.code_membre = c.code AND l.niveau_parent = 'EPCI' AND l.date_fin IS NULL
     LEFT JOIN territoire e ON e.niveau = 'EPCI' AND e.code = l.code_parent
     WHERE t.niveau = 'COMMUNE' AND t.geom IS NULL AND c.niveau = t.niveau AND c.code = t.code`,
  );
}

// Communes déléguées and associées keep their own name in GeoNames; they point to their current commune.
function readAliasCommunes(): AliasCommune[] {
  const file = path.join(path.dirname(require.resolve('@etalab/decoupage-administratif/package.json')), 'data', 'communes.json');
  const rows = JSON.parse(fs.readFileSync(file, 'utf8')) as { nom: string; type: string; departement: string; chefLieu?: string }[];
  return rows
    .filter((r) => (r.type === 'commune-deleguee' || r.type === 'commune-associee') && r.chefLieu)
    .map((r) => ({ nom: r.nom, departement: r.departement, codeCommune: r.chefLieu as string }));
}
