import type { Client } from 'pg';
import { toWkb } from '../../src/territoires/contours-officiels/to-wkb';

const LOT = 2000;

export async function chrono<T>(f: () => Promise<T>): Promise<[T, number]> {
  const debut = performance.now();
  const resultat = await f();
  return [resultat, Math.round(performance.now() - debut)];
}

// Each row: its text columns, then its geometries (sent as WKB, null for none).
export type LigneGeometrie = [string[], ...(GeoJSON.Polygon | GeoJSON.MultiPolygon | null)[]];

// `projection`: what to insert from the columns t0…, g0… (default: all of them, in order).
export async function insertWkb(
  db: Client,
  table: string,
  lignes: LigneGeometrie[],
  projection = '*',
): Promise<void> {
  const premiere = lignes[0];
  if (!premiere) return;
  const textes = premiere[0].map((_, j) => `t${j}`);
  const geometries = premiere.slice(1).map((_, j) => `g${j}`);
  const types = [...textes.map(() => 'text[]'), ...geometries.map(() => 'bytea[]')];
  const sql = `INSERT INTO ${table} SELECT ${projection} FROM (
    SELECT ${[...textes, ...geometries.map((g) => `ST_SetSRID(ST_GeomFromWKB(${g}), 4326) AS ${g}`)].join(', ')}
    FROM unnest(${types.map((t, j) => `$${j + 1}::${t}`).join(', ')}) AS u(${[...textes, ...geometries].join(', ')})) x`;
  for (let i = 0; i < lignes.length; i += LOT) {
    const lot = lignes.slice(i, i + LOT);
    await db.query(sql, [
      ...textes.map((_, j) => lot.map(([t]) => t[j])),
      ...geometries.map((_, j) =>
        lot.map((l) => {
          const g = l[j + 1] as GeoJSON.Polygon | GeoJSON.MultiPolygon | null;
          return g ? toWkb(g) : null;
        }),
      ),
    ]);
  }
}

export async function insertRows(db: Client, table: string, lignes: string[][]): Promise<void> {
  for (let i = 0; i < lignes.length; i += LOT * 10) {
    await db.query(`INSERT INTO ${table} SELECT * FROM json_populate_recordset(NULL::${table}, $1::json)`, [
      JSON.stringify(
        lignes.slice(i, i + LOT * 10).map((l) => Object.fromEntries(l.map((v, j) => [`c${j}`, v]))),
      ),
    ]);
  }
}
