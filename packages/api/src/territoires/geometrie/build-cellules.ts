import type { QueryRunner } from 'typeorm';
import { buildCellulesPuissance, type SitePondere } from './cellules-puissance';
import { readContourFrance, ZONES_CONTOUR } from './contour-france';
import { projectLambert93, unprojectLambert93, type PointPlan } from './lambert-93';
import { computePoidsCapacite } from './poids-capacite';

export interface LieuSite {
  id: number;
  zone: string;
  lon: number;
  lat: number;
  // 0 names a commune, 1 a part of one, null neither: at a shared position the lowest wins the cell.
  rang: number | null;
  charge: number;
}

// Power weights are fitted on metropolitan France only (overseas zones keep Voronoi cells): its land
// is sampled every PAS_GRILLE metres.
const PAS_GRILLE = 2_000;
const DEMI_COTE_CELLULE = 300_000;

// geo_cellule: one cell per place (power diagram in Lambert-93, clipped to the Natural Earth outline).
export async function buildCellules(runner: QueryRunner, lieux: LieuSite[]): Promise<void> {
  await createContour(runner);
  const cellules: { id: number; geometrie: string }[] = [];
  for (const zone of Object.keys(ZONES_CONTOUR)) {
    const sites = listSitesDistincts(lieux.filter((l) => l.zone === zone));
    if (!sites.length) continue;
    const poids = zone === 'METRO' ? computePoidsCapacite(sites, await listGrilleTerre(runner, zone, sites), PAS_GRILLE) : new Map<number, number>();
    const ponderes: SitePondere[] = sites.map((s) => ({ ...s, poids: poids.get(s.id) ?? 0 }));
    for (const [id, anneau] of buildCellulesPuissance(ponderes, DEMI_COTE_CELLULE)) {
      const lonLat = [...anneau, anneau[0]!].map(([x, y]) => unprojectLambert93(x, y));
      cellules.push({ id, geometrie: JSON.stringify({ type: 'Polygon', coordinates: [lonLat] }) });
    }
  }
  await runner.query(
    `CREATE TEMP TABLE geo_cellule AS
     SELECT l.id, l.departement, l.commune_attribuee, l.zone, ST_SetSRID(ST_GeomFromGeoJSON(c.geometrie), 4326) AS geom
     FROM json_to_recordset($1::json) AS c(id int, geometrie text) JOIN geo_lieu l ON l.id = c.id`,
    [JSON.stringify(cellules)],
  );
  await runner.query(
    `UPDATE geo_cellule c SET geom = CASE WHEN ST_Within(c.geom, k.geom) THEN c.geom
                                          ELSE ST_CollectionExtract(ST_Intersection(c.geom, k.geom), 3) END
     FROM geo_contour k WHERE k.zone = c.zone`,
  );
}

async function createContour(runner: QueryRunner): Promise<void> {
  const zones = Object.entries(ZONES_CONTOUR).map(([zone, [w, s, e, n]]) => ({ zone, w, s, e, n }));
  await runner.query(
    `CREATE TEMP TABLE geo_contour AS
     SELECT z.zone, ST_Union(p.geom) AS geom
     FROM (SELECT (ST_Dump(ST_MakeValid(ST_SetSRID(ST_GeomFromGeoJSON($1), 4326)))).geom) AS p
     JOIN json_to_recordset($2::json) AS z(zone text, w float8, s float8, e float8, n float8)
       ON ST_Intersects(ST_PointOnSurface(p.geom), ST_MakeEnvelope(z.w, z.s, z.e, z.n, 4326))
     WHERE ST_GeometryType(p.geom) = 'ST_Polygon'
     GROUP BY z.zone`,
    [readContourFrance(), JSON.stringify(zones)],
  );
  await runner.query('CREATE TEMP TABLE geo_contour_decoupe AS SELECT zone, ST_Subdivide(geom, 128) AS geom FROM geo_contour');
  await runner.query('CREATE INDEX geo_contour_decoupe_idx ON geo_contour_decoupe USING gist (geom)');
  await runner.query('ANALYZE geo_contour_decoupe');
}

// GeoNames has a few places at the same position: one cell each position, to the place of lowest rang.
function listSitesDistincts(lieux: LieuSite[]): { id: number; x: number; y: number; charge: number }[] {
  const tries = [...lieux].sort((a, b) => (a.rang ?? 9) - (b.rang ?? 9) || a.id - b.id);
  const parPosition = new Map<string, { id: number; x: number; y: number; charge: number }>();
  for (const l of tries) {
    const [x, y] = projectLambert93(l.lon, l.lat);
    const existant = parPosition.get(`${x}|${y}`);
    if (existant) existant.charge += l.charge;
    else parPosition.set(`${x}|${y}`, { id: l.id, x, y, charge: l.charge });
  }
  return [...parPosition.values()];
}

// Points of a regular Lambert-93 grid that fall on the zone's land.
async function listGrilleTerre(runner: QueryRunner, zone: string, sites: { x: number; y: number }[]): Promise<PointPlan[]> {
  const [xs, ys] = [sites.map((s) => s.x), sites.map((s) => s.y)];
  const [xMin, xMax, yMin, yMax] = [Math.min(...xs) - 50_000, Math.max(...xs) + 50_000, Math.min(...ys) - 50_000, Math.max(...ys) + 50_000];
  const candidats: PointPlan[] = [];
  for (let x = xMin; x <= xMax; x += PAS_GRILLE) for (let y = yMin; y <= yMax; y += PAS_GRILLE) candidats.push([x, y]);
  const lonLat = candidats.map(([x, y]) => unprojectLambert93(x, y));
  const rows = (await runner.query(
    `SELECT p.i FROM unnest($2::float8[], $3::float8[]) WITH ORDINALITY AS p(lon, lat, i)
     WHERE EXISTS (SELECT 1 FROM geo_contour_decoupe k WHERE k.zone = $1 AND ST_Intersects(k.geom, ST_SetSRID(ST_MakePoint(p.lon, p.lat), 4326)))`,
    [zone, lonLat.map((p) => p[0]), lonLat.map((p) => p[1])],
  )) as { i: string }[];
  return rows.map((r) => candidats[Number(r.i) - 1]!);
}
