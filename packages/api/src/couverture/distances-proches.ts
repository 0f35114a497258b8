import { STATUTS_POLE, TYPES_POLE } from '@poles-ess/shared';
import { sql } from '../common/sql';
import type { Executor } from '../database/executor';
import type { StatutPole, TypePole } from '../poles/pole.enums';
import { distanceColumn } from './distance-colonnes';

// The nearest located pole of each status × type from each point of the distance tables, measured in the process on
// PostGIS's sphere (the ~35 located poles × ~36,000 points in 50 to 90 ms for a save's two columns, where the SQL
// cross join took seconds): the full rebuild and the refresh after a save compute the same values from the same reads.

// PostGIS's sphere for ST_Distance(geography, geography, false): the WGS 84 mean radius (2a + b) / 3.
const RAYON_TERRE_M = 6371008.7714;

const rad = (deg: number) => (deg * Math.PI) / 180;

// Haversine on PostGIS's sphere: the same value as ST_Distance(geography, geography, false).
function sphereDistanceM(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const a = Math.sin(rad(lat2 - lat1) / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(rad(lon2 - lon1) / 2) ** 2;
  return 2 * RAYON_TERRE_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

export interface Point {
  lon: number;
  lat: number;
}

// A territory without centre nor outline: no distance from it, but it still holds communes.
export type PointOuPas = Point | { lon: null; lat: null };

export type PoleSitue = Point & { statut: StatutPole; type: TypePole };

// The communes measured (distance_commune_pole's rows), by code.
export const readPointsCommunes = (db: Executor) =>
  db.query<Point & { code: string; population: number }>(
    sql`SELECT code, population, ST_X(centre) AS lon, ST_Y(centre) AS lat FROM territoire
        WHERE niveau = 'COMMUNE' AND centre IS NOT NULL AND population IS NOT NULL ORDER BY code`,
  );

// Every other territory (distance_territoire_pole's rows), from its centre, else a point on its outline.
export const readPointsTerritoires = (db: Executor) =>
  db.query<PointOuPas & { niveau: string; code: string }>(
    sql`SELECT niveau, code, ST_X(p) AS lon, ST_Y(p) AS lat
        FROM (SELECT niveau, code, COALESCE(centre, ST_PointOnSurface(geom)) AS p FROM territoire WHERE niveau <> 'COMMUNE') s
        ORDER BY niveau, code`,
  );

// The poles counted in the distances now: located and not deleted.
export const readPolesSitues = (db: Executor) =>
  db.query<PoleSitue>(sql`SELECT statut, type, ST_X(position) AS lon, ST_Y(position) AS lat FROM pole WHERE supprime_le IS NULL AND position IS NOT NULL`);

// Points measured between two pauses: the server answers other requests meanwhile (a few ms of work each).
const POINTS_PAR_TRANCHE = 2000;

// For each of `colonnes` (distance column names, distanceColumn), the distance from each point to the nearest pole it
// counts (null: no such pole, or a point without place).
export async function nearestDistances(points: readonly PointOuPas[], poles: readonly PoleSitue[], colonnes: readonly string[]): Promise<Map<string, (number | null)[]>> {
  const resultat = new Map<string, (number | null)[]>(colonnes.map((c) => [c, new Array<number | null>(points.length).fill(null)]));
  const groupes = STATUTS_POLE.flatMap((s) =>
    (['tous', ...TYPES_POLE] as const).flatMap((t) => {
      const valeurs = resultat.get(distanceColumn(s, t));
      return valeurs ? [{ valeurs, poles: poles.filter((p) => p.statut === s && (t === 'tous' || p.type === t)) }] : [];
    }),
  ).filter((g) => g.poles.length > 0);
  for (let i = 0; i < points.length; i += 1) {
    if (i > 0 && i % POINTS_PAR_TRANCHE === 0) await new Promise(setImmediate);
    const c = points[i]!;
    if (c.lon === null) continue;
    for (const g of groupes) {
      let min = Infinity;
      for (const p of g.poles) min = Math.min(min, sphereDistanceM(c.lon, c.lat, p.lon, p.lat));
      g.valeurs[i] = min;
    }
  }
  return resultat;
}
