import { badUserInput, notFound } from '../common/api-error';
import { join, raw, sql, type Sql } from '../common/sql';
import type { Database } from '../database/database';
import type { Bbox } from '../poles/poles.args';
import type { NiveauTerritorial } from '../territoires/territoire.enums';
import { buildDansClause } from '../territoires/territoire-filter.sql';
import type { TerritoireRef } from '../territoires/territoire-ref.input';
import { cellSql } from './densite.sql';
import { CoucheDensite, GrilleDensite, type CelluleDensite, type Densite, type InfoCouche } from './densite.type';

export interface DensiteArgs {
  couche: CoucheDensite;
  nomCouche?: string | null;
  grille: GrilleDensite;
  dans?: TerritoireRef | null;
  bbox?: Bbox | null;
  tailleKm: number;
  niveau?: NiveauTerritorial | null;
  avecPolygones: boolean;
}

interface CelluleRow {
  cle: string;
  lon: number;
  lat: number;
  nombre: number;
  poids: number;
  polygone: unknown;
}

const METROPOLE = sql`ST_MakeEnvelope(-5.8, 41.2, 9.8, 51.2, 4326)`;

// Cell sizes (km) whose cells are kept in grille_cache: any other size is computed from the points on each request,
// so that anonymous reads never grow the database without bound (issue 20: 30 sizes wrote 287,120 rows).
export const TAILLES_EN_CACHE_KM: readonly number[] = [1, 2, 5, 10, 20, 50, 100];

// The layer as rows (geom 4326, x/y Lambert-93, poids).
// `cache`: the grille_cache key and the SQL of its points (x, y, poids) for layers whose cells are kept.
interface Source {
  sql: Sql;
  info: InfoCouche;
  cache: { cle: string; points: Sql } | null;
}

async function sourcePoints(db: Database, args: DensiteArgs): Promise<Source> {
  switch (args.couche) {
    case CoucheDensite.POLES:
      return {
        cache: null,
        info: { nom: 'Pôles', source: 'Base des pôles (fiches de l’étude et ajouts sourcés)', synthetique: false },
        sql: sql`SELECT position AS geom, ST_X(l) AS x, ST_Y(l) AS y, 1::float8 AS poids
                 FROM (SELECT position, ST_Transform(position, 2154) AS l FROM pole WHERE supprime_le IS NULL AND position IS NOT NULL) s`,
      };
    case CoucheDensite.POPULATION:
      return {
        // Emptied by refreshCouvertureCommunes whenever communes change.
        cache: {
          cle: 'population',
          points: sql`SELECT ST_X(l) AS x, ST_Y(l) AS y, population::float8 AS poids
                      FROM (SELECT population, ST_Transform(centre, 2154) AS l FROM territoire
                            WHERE niveau = 'COMMUNE' AND centre IS NOT NULL AND population IS NOT NULL AND centre && ${METROPOLE}) s`,
        },
        info: { nom: 'Population', source: 'Référentiel territorial : population des communes, au centre de chaque commune', synthetique: false },
        sql: sql`SELECT centre AS geom, ST_X(l) AS x, ST_Y(l) AS y, population::float8 AS poids
                 FROM (SELECT centre, population, ST_Transform(centre, 2154) AS l FROM territoire
                       WHERE niveau = 'COMMUNE' AND centre IS NOT NULL AND population IS NOT NULL) s`,
      };
    case CoucheDensite.POINTS: {
      if (!args.nomCouche) throw badUserInput('nomCouche', 'Nommez la couche importée (nomCouche).');
      const [c] = await db.query<InfoCouche & { id: number }>(sql`SELECT id, nom, source, synthetique FROM couche_points WHERE nom = ${args.nomCouche}`);
      if (!c) throw notFound(`Couche de points inconnue : ${args.nomCouche}`);
      // The id comes from the database (an integer), inlined so that the cached path leaves no unused parameter.
      const couche = raw(String(Number(c.id)));
      return {
        cache: { cle: `points:${Number(c.id)}`, points: sql`SELECT x_l93 AS x, y_l93 AS y, poids FROM point_couche WHERE couche_id = ${couche} AND geom && ${METROPOLE}` },
        info: { nom: c.nom, source: c.source, synthetique: c.synthetique },
        sql: sql`SELECT geom, x_l93 AS x, y_l93 AS y, poids FROM point_couche WHERE couche_id = ${couche}`,
      };
    }
  }
}

// The cell size in metres, bound once (`z.s`) and inlined by the planner (a constant subquery) where it is used.
const tailleCte = (tailleM: number) => sql`z AS NOT MATERIALIZED (SELECT ${tailleM}::float8 AS s)`;

function grilleDe(grille: GrilleDensite): 'HEXAGONE' | 'CARRE' {
  return grille === GrilleDensite.HEXAGONE ? 'HEXAGONE' : 'CARRE';
}

async function cellulesParTerritoire(db: Database, source: Source, args: DensiteArgs, filtres: Sql[]): Promise<CelluleRow[]> {
  if (!args.niveau) throw badUserInput('niveau', 'La grille TERRITOIRE demande un niveau.');
  return db.query<CelluleRow>(
    sql`SELECT t.code AS cle, ST_X(c.p) AS lon, ST_Y(c.p) AS lat, count(pts.*)::int AS nombre, COALESCE(sum(pts.poids), 0)::float8 AS poids,
          ${args.avecPolygones ? sql`ST_AsGeoJSON(COALESCE(t.geom_basse, t.geom), 5)::json` : sql`NULL`} AS polygone
        FROM territoire t CROSS JOIN LATERAL (SELECT COALESCE(t.centre, ST_PointOnSurface(t.geom)) AS p) c
        JOIN (${source.sql}) pts ON t.geom && pts.geom AND ST_Intersects(t.geom, pts.geom) ${join([sql``, ...filtres], ' AND ')}
        WHERE t.niveau = ${args.niveau} AND ${buildDansClause('t.niveau', 't.code', args.dans)}
        GROUP BY t.niveau, t.code, t.geom, t.geom_basse, c.p ORDER BY t.code`,
  );
}

async function cellulesEnGrille(db: Database, source: Source, args: DensiteArgs, filtres: Sql[]): Promise<CelluleRow[]> {
  if (args.dans) filtres.push(sql`ST_Intersects(pts.geom, (SELECT geom FROM territoire WHERE niveau = ${args.dans.niveau} AND code = ${args.dans.code}))`);
  // Lambert-93 only makes sense for metropolitan France (Corsica included): other points stay out of grids.
  filtres.push(sql`pts.geom && ${METROPOLE}`);
  const cell = cellSql(grilleDe(args.grille), 'z.s');
  const poly = cell.polygone('g.i', 'g.j');
  return db.query<CelluleRow>(
    sql`WITH ${tailleCte(args.tailleKm * 1000)}
        SELECT g.i || ':' || g.j AS cle, ST_X(c) AS lon, ST_Y(c) AS lat, g.nombre, g.poids,
          ${args.avecPolygones ? sql`ST_AsGeoJSON(ST_Transform(${poly}, 4326), 6)::json` : sql`NULL`} AS polygone
        FROM (SELECT ${cell.i} AS i, ${cell.j} AS j, count(*)::int AS nombre, sum(pts.poids)::float8 AS poids
              FROM (${source.sql}) pts, z WHERE ${join(filtres, ' AND ')} GROUP BY 1, 2) g, z
        CROSS JOIN LATERAL (SELECT ST_Transform(ST_Centroid(${poly}), 4326) AS c) cc
        ORDER BY g.i, g.j`,
  );
}

export async function computeDensite(db: Database, args: DensiteArgs): Promise<Densite> {
  if (args.grille !== GrilleDensite.TERRITOIRE && !(args.tailleKm >= 0.1 && args.tailleKm <= 500)) {
    throw badUserInput('taille', 'La taille des cellules doit être entre 0,1 et 500 km.');
  }
  const source = await sourcePoints(db, args);
  const filtres: Sql[] = [];
  // Imported layers and the population over a whole grid read pre-aggregated cells (bbox then filters cells, not points).
  const enCache = source.cache !== null && !args.dans && args.grille !== GrilleDensite.TERRITOIRE && TAILLES_EN_CACHE_KM.includes(args.tailleKm);
  if (args.bbox) {
    const { ouest, sud, est, nord } = args.bbox;
    if (!(ouest < est && sud < nord)) throw badUserInput('bbox', 'Le rectangle doit aller de l’ouest à l’est et du sud au nord.');
    if (!enCache) filtres.push(sql`pts.geom && ST_MakeEnvelope(${ouest}, ${sud}, ${est}, ${nord}, 4326)`);
  }
  const rows =
    args.grille === GrilleDensite.TERRITOIRE
      ? await cellulesParTerritoire(db, source, args, filtres)
      : enCache && source.cache !== null
        ? await readCachedCells(db, source.cache, args)
        : await cellulesEnGrille(db, source, args, filtres);
  const methode =
    args.grille === GrilleDensite.TERRITOIRE
      ? `Points situés dans chaque territoire de niveau ${args.niveau} (ST_Intersects sur le contour).`
      : `${args.grille === GrilleDensite.HEXAGONE ? 'Hexagones' : 'Carrés'} de ${args.tailleKm} km en Lambert-93 (EPSG:2154, cellules de ST_${args.grille === GrilleDensite.HEXAGONE ? 'Hexagon' : 'Square'}Grid) ; cellules vides omises ; France métropolitaine seulement (Lambert-93).`;
  const cellules: CelluleDensite[] = rows;
  return {
    couche: source.info,
    grille: args.grille,
    tailleKm: args.grille === GrilleDensite.TERRITOIRE ? null : args.tailleKm,
    cellules,
    totalNombre: cellules.reduce((n, c) => n + c.nombre, 0),
    totalPoids: cellules.reduce((n, c) => n + c.poids, 0),
    methode: `${methode} Source des points : ${source.info.source}${source.info.synthetique ? ' (POINTS SYNTHÉTIQUES)' : ''}.`,
  };
}

// Imported layers can hold a million points, the population 35,000 communes: their cells (counts, centre and
// polygon as GeoJSON text) are computed once per (layer, grid, size) and kept in grille_cache until the layer is
// re-imported (the communes change). A request then reads rows only; the polygons' text is spliced verbatim into
// the response (GeoJSON scalar). A bbox keeps the cells whose indexes fall inside it (one cell of margin).
async function readCachedCells(db: Database, cache: { cle: string; points: Sql }, args: DensiteArgs): Promise<CelluleRow[]> {
  const taille = args.tailleKm * 1000;
  const cle = sql`couche = ${cache.cle} AND grille = ${args.grille} AND taille_m = ${taille}::float8`;
  let bboxWhere = sql``;
  if (args.bbox) {
    const [w, h] = args.grille === GrilleDensite.HEXAGONE ? [1.5 * taille, Math.sqrt(3) * taille] : [taille, taille];
    const b = sql`ST_Transform(ST_MakeEnvelope(${args.bbox.ouest}, ${args.bbox.sud}, ${args.bbox.est}, ${args.bbox.nord}, 4326), 2154)`;
    bboxWhere = sql`AND i BETWEEN floor(ST_XMin(${b}) / ${w}) - 1 AND ceil(ST_XMax(${b}) / ${w}) + 1
                    AND j BETWEEN floor(ST_YMin(${b}) / ${h}) - 1 AND ceil(ST_YMax(${b}) / ${h}) + 1`;
  }
  const read = () =>
    db.query<CelluleRow>(
      sql`SELECT i || ':' || j AS cle, lon, lat, nombre, poids, ${args.avecPolygones ? sql`polygone` : sql`NULL`} AS polygone
          FROM grille_cache WHERE ${cle} ${bboxWhere} ORDER BY i, j`,
    );
  const rows = await read();
  if (rows.length > 0) return rows;
  const deja = await db.query(sql`SELECT 1 FROM grille_cache WHERE ${cle} LIMIT 1`);
  if (deja.length > 0) return rows;
  const cell = cellSql(grilleDe(args.grille), 'z.s');
  const poly = cell.polygone('g.i', 'g.j');
  await db.query(
    sql`WITH ${tailleCte(taille)}
        INSERT INTO grille_cache (couche, grille, taille_m, i, j, nombre, poids, lon, lat, polygone)
        SELECT ${cache.cle}::text, ${args.grille}::text, z.s, g.i, g.j, g.nombre, g.poids, ST_X(c), ST_Y(c), ST_AsGeoJSON(ST_Transform(${poly}, 4326), 6)
        FROM (SELECT ${cell.i} AS i, ${cell.j} AS j, count(*)::int AS nombre, sum(pts.poids)::float8 AS poids
              FROM (${cache.points}) pts, z GROUP BY 1, 2) g, z
        CROSS JOIN LATERAL (SELECT ST_Transform(ST_Centroid(${poly}), 4326) AS c) cc
        ON CONFLICT DO NOTHING`,
  );
  return read();
}

export async function listCouchesPoints(db: Database): Promise<InfoCouche[]> {
  return db.query<InfoCouche>(
    sql`SELECT c.nom, c.source, c.synthetique, (SELECT count(*)::int FROM point_couche p WHERE p.couche_id = c.id) AS "nombrePoints"
        FROM couche_points c ORDER BY c.nom`,
  );
}
