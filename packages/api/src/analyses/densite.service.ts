import type { DataSource } from 'typeorm';
import { badUserInput, notFound } from '../common/api-error';
import type { Bbox } from '../poles/poles.args';
import { cellPolygonSql, hexCellSql, squareCellSql } from './densite.sql';
import { CoucheDensite, GrilleDensite, type CelluleDensite, type Densite, type InfoCouche } from './densite.type';
import { buildDansClause } from './territoire-filter.sql';
import type { NiveauTerritorial, TerritoireRef } from './territoire-graphql';

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

const METROPOLE = 'ST_MakeEnvelope(-5.8, 41.2, 9.8, 51.2, 4326)';

const add = (params: unknown[], v: unknown) => {
  params.push(v);
  return `$${params.length}`;
};

// The layer as rows (geom 4326, x/y Lambert-93, poids).
// `cache`: the grille_cache key and the SQL of its points (x, y, poids) for layers whose cells are kept.
interface Source {
  sql: string;
  info: InfoCouche;
  cache: { cle: string; points: string } | null;
}

async function sourcePoints(db: DataSource, args: DensiteArgs): Promise<Source> {
  switch (args.couche) {
    case CoucheDensite.POLES:
      return {
        cache: null,
        info: { nom: 'Pôles', source: 'Base des pôles (fiches de l’étude et ajouts sourcés)', synthetique: false },
        sql: `SELECT position AS geom, ST_X(l) AS x, ST_Y(l) AS y, 1::float8 AS poids
              FROM (SELECT position, ST_Transform(position, 2154) AS l FROM pole WHERE supprime_le IS NULL AND position IS NOT NULL) s`,
      };
    case CoucheDensite.POPULATION:
      return {
        // Emptied by refreshCouvertureCommunes whenever communes change.
        cache: {
          cle: 'population',
          points: `SELECT ST_X(l) AS x, ST_Y(l) AS y, population::float8 AS poids
                   FROM (SELECT population, ST_Transform(centre, 2154) AS l FROM territoire
                         WHERE niveau = 'COMMUNE' AND centre IS NOT NULL AND population IS NOT NULL AND centre && ${METROPOLE}) s`,
        },
        info: { nom: 'Population', source: 'Référentiel territorial : population des communes, au centre de chaque commune', synthetique: false },
        sql: `SELECT centre AS geom, ST_X(l) AS x, ST_Y(l) AS y, population::float8 AS poids
              FROM (SELECT centre, population, ST_Transform(centre, 2154) AS l FROM territoire
                    WHERE niveau = 'COMMUNE' AND centre IS NOT NULL AND population IS NOT NULL) s`,
      };
    case CoucheDensite.POINTS: {
      if (!args.nomCouche) throw badUserInput('nomCouche', 'Nommez la couche importée (nomCouche).');
      const [c] = (await db.query('SELECT id, nom, source, synthetique FROM couche_points WHERE nom = $1', [args.nomCouche])) as
        (InfoCouche & { id: number })[];
      if (!c) throw notFound(`Couche de points inconnue : ${args.nomCouche}`);
      return {
        cache: {
          cle: `points:${Number(c.id)}`,
          points: `SELECT x_l93 AS x, y_l93 AS y, poids FROM point_couche WHERE couche_id = ${Number(c.id)} AND geom && ${METROPOLE}`,
        },
        info: { nom: c.nom, source: c.source, synthetique: c.synthetique },
        // The id comes from the database (an integer), inlined so that the cached path leaves no unused parameter.
        sql: `SELECT geom, x_l93 AS x, y_l93 AS y, poids FROM point_couche WHERE couche_id = ${Number(c.id)}`,
      };
    }
  }
}

export async function computeDensite(db: DataSource, args: DensiteArgs): Promise<Densite> {
  if (args.grille !== GrilleDensite.TERRITOIRE && !(args.tailleKm >= 0.1 && args.tailleKm <= 500)) {
    throw badUserInput('taille', 'La taille des cellules doit être entre 0,1 et 500 km.');
  }
  const params: unknown[] = [];
  const source = await sourcePoints(db, args);
  const filtres: string[] = [];
  // Imported layers and the population over a whole grid read pre-aggregated cells (bbox then filters cells, not points).
  const enCache = source.cache !== null && !args.dans && args.grille !== GrilleDensite.TERRITOIRE;
  if (args.bbox) {
    const { ouest, sud, est, nord } = args.bbox;
    if (!(ouest < est && sud < nord)) throw badUserInput('bbox', 'Le rectangle doit aller de l’ouest à l’est et du sud au nord.');
    if (!enCache) filtres.push(`pts.geom && ST_MakeEnvelope(${[ouest, sud, est, nord].map((v) => add(params, v)).join(', ')}, 4326)`);
  }
  let rows: CelluleRow[];
  if (args.grille === GrilleDensite.TERRITOIRE) {
    if (!args.niveau) throw badUserInput('niveau', 'La grille TERRITOIRE demande un niveau.');
    const clause = buildDansClause('t.niveau', 't.code', args.dans, params);
    rows = (await db.query(
      `SELECT t.code AS cle, ST_X(c.p) AS lon, ST_Y(c.p) AS lat, count(pts.*)::int AS nombre, COALESCE(sum(pts.poids), 0)::float8 AS poids,
         ${args.avecPolygones ? 'ST_AsGeoJSON(COALESCE(t.geom_basse, t.geom), 5)::json' : 'NULL'} AS polygone
       FROM territoire t CROSS JOIN LATERAL (SELECT COALESCE(t.centre, ST_PointOnSurface(t.geom)) AS p) c
       JOIN (${source.sql}) pts ON t.geom && pts.geom AND ST_Intersects(t.geom, pts.geom) ${filtres.map((f) => `AND ${f}`).join(' ')}
       WHERE t.niveau = ${add(params, args.niveau)} AND ${clause}
       GROUP BY t.niveau, t.code, t.geom, t.geom_basse, c.p ORDER BY t.code`,
      params,
    )) as CelluleRow[];
  } else if (enCache && source.cache !== null) {
    rows = await readCachedCells(db, source.cache, args);
  } else {
    const s = `${add(params, args.tailleKm * 1000)}::float8`;
    if (args.dans) {
      params.push(args.dans.niveau, args.dans.code);
      filtres.push(`ST_Intersects(pts.geom, (SELECT geom FROM territoire WHERE niveau = $${params.length - 1} AND code = $${params.length}))`);
    }
    const cell = args.grille === GrilleDensite.HEXAGONE ? hexCellSql('pts.x', 'pts.y', s) : squareCellSql('pts.x', 'pts.y', s);
    // Lambert-93 only makes sense for metropolitan France (Corsica included): other points stay out of grids.
    filtres.push(`pts.geom && ${METROPOLE}`);
    const poly = cellPolygonSql(args.grille, s, 'g.i', 'g.j');
    rows = (await db.query(
      `SELECT g.i || ':' || g.j AS cle, ST_X(c) AS lon, ST_Y(c) AS lat, g.nombre, g.poids,
         ${args.avecPolygones ? `ST_AsGeoJSON(ST_Transform(${poly}, 4326), 6)::json` : 'NULL'} AS polygone
       FROM (SELECT ${cell.i} AS i, ${cell.j} AS j, count(*)::int AS nombre, sum(pts.poids)::float8 AS poids
             FROM (${source.sql}) pts WHERE ${filtres.join(' AND ')} GROUP BY 1, 2) g
       CROSS JOIN LATERAL (SELECT ST_Transform(ST_Centroid(${poly}), 4326) AS c) cc
       ORDER BY g.i, g.j`,
      params,
    )) as CelluleRow[];
  }
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
async function readCachedCells(db: DataSource, cache: { cle: string; points: string }, args: DensiteArgs): Promise<CelluleRow[]> {
  const taille = args.tailleKm * 1000;
  const params: unknown[] = [cache.cle, args.grille, taille];
  let bboxWhere = '';
  if (args.bbox) {
    const [w, h] = args.grille === GrilleDensite.HEXAGONE ? ['(1.5 * $3)', '(sqrt(3) * $3)'] : ['$3', '$3'];
    const b = `ST_Transform(ST_MakeEnvelope(${[args.bbox.ouest, args.bbox.sud, args.bbox.est, args.bbox.nord].map((v) => add(params, v)).join(', ')}, 4326), 2154)`;
    bboxWhere = `AND i BETWEEN floor(ST_XMin(${b}) / ${w}) - 1 AND ceil(ST_XMax(${b}) / ${w}) + 1
                 AND j BETWEEN floor(ST_YMin(${b}) / ${h}) - 1 AND ceil(ST_YMax(${b}) / ${h}) + 1`;
  }
  const read = async () =>
    (await db.query(
      `SELECT i || ':' || j AS cle, lon, lat, nombre, poids, ${args.avecPolygones ? 'polygone' : 'NULL'} AS polygone
       FROM grille_cache WHERE couche = $1 AND grille = $2 AND taille_m = $3::float8 ${bboxWhere} ORDER BY i, j`,
      params,
    )) as CelluleRow[];
  const rows = await read();
  if (rows.length > 0) return rows;
  const deja = (await db.query('SELECT 1 FROM grille_cache WHERE couche = $1 AND grille = $2 AND taille_m = $3 LIMIT 1', [cache.cle, args.grille, taille])) as unknown[];
  if (deja.length > 0) return rows;
  const s = '$3::float8';
  const cell = args.grille === GrilleDensite.HEXAGONE ? hexCellSql('pts.x', 'pts.y', s) : squareCellSql('pts.x', 'pts.y', s);
  const poly = cellPolygonSql(args.grille === GrilleDensite.HEXAGONE ? GrilleDensite.HEXAGONE : GrilleDensite.CARRE, s, 'g.i', 'g.j');
  await db.query(
    `INSERT INTO grille_cache (couche, grille, taille_m, i, j, nombre, poids, lon, lat, polygone)
     SELECT $1::text, $2::text, $3::float8, g.i, g.j, g.nombre, g.poids, ST_X(c), ST_Y(c), ST_AsGeoJSON(ST_Transform(${poly}, 4326), 6)
     FROM (SELECT ${cell.i} AS i, ${cell.j} AS j, count(*)::int AS nombre, sum(pts.poids)::float8 AS poids
           FROM (${cache.points}) pts GROUP BY 1, 2) g
     CROSS JOIN LATERAL (SELECT ST_Transform(ST_Centroid(${poly}), 4326) AS c) cc
     ON CONFLICT DO NOTHING`,
    [cache.cle, args.grille, taille],
  );
  return read();
}

export async function listCouchesPoints(db: DataSource): Promise<InfoCouche[]> {
  return (await db.query(
    `SELECT c.nom, c.source, c.synthetique, (SELECT count(*)::int FROM point_couche p WHERE p.couche_id = c.id) AS "nombrePoints"
     FROM couche_points c ORDER BY c.nom`,
  )) as InfoCouche[];
}
