import DataLoader from 'dataloader';
import { raw, sql } from '../common/sql';
import type { ApiContext } from '../context';
import { compositionALaDate, dissousLeSql, isCompositionDatee } from './composition-datee.sql';
import { parseKey } from './territoire.loader';
import type { PrecisionGeometrie } from './territoire.enums';

export interface TerritoireALaDate {
  population: number | null;
  geometrie: object | null;
}

const STOCKEE: Record<PrecisionGeometrie, string> = {
  COMPLETE: 'ST_AsGeoJSON(t.geom, 5)',
  MOYENNE: 'ST_AsGeoJSON(coalesce(t.geom_moyenne, t.geom), 4)',
  BASSE: 'ST_AsGeoJSON(coalesce(t.geom_basse, t.geom_moyenne, t.geom), 4)',
};

// Population and outline of a territory at a date. Key: `NIVEAU:code|AAAA-MM-JJ|precision` (AUCUNE: population only).
export function territoireALaDateLoader(ctx: ApiContext): DataLoader<string, TerritoireALaDate> {
  return ctx.loaders.get('territoires.aLaDate', () => new DataLoader<string, TerritoireALaDate>(async (keys) => {
    const refs = keys.map((key, i) => {
      const [ref, date, precision] = key.split('|');
      return { i, ...parseKey(ref!), date, precision };
    });
    const rows = await ctx.db.query<{ i: number; population: number | null; g: string | null }>(
      sql`SELECT k.i, CASE WHEN d.datee THEN m.population ELSE t.population END AS population,
                 CASE WHEN d.datee THEN m.geometrie
                      WHEN k.precision = 'COMPLETE' THEN ${raw(STOCKEE.COMPLETE)}
                      WHEN k.precision = 'MOYENNE' THEN ${raw(STOCKEE.MOYENNE)} ELSE ${raw(STOCKEE.BASSE)} END AS g
          FROM json_to_recordset(${JSON.stringify(refs)}::json) AS k(i int, niveau text, code text, date date, precision text)
          JOIN territoire t ON t.niveau = k.niveau AND t.code = k.code
          CROSS JOIN LATERAL (SELECT ${isCompositionDatee('t')} AS datee) d
          LEFT JOIN LATERAL ${compositionALaDate('t', sql`k.date`, sql`k.precision = 'COMPLETE'`, sql`k.precision = 'AUCUNE'`)} m ON d.datee`,
    );
    const result: TerritoireALaDate[] = keys.map(() => ({ population: null, geometrie: null }));
    for (const row of rows) result[row.i] = { population: row.population, geometrie: row.g === null ? null : (JSON.parse(row.g) as object) };
    return result;
  }));
}

// Key: `NIVEAU:code`.
export function dissousLeLoader(ctx: ApiContext): DataLoader<string, string | null> {
  return ctx.loaders.get('territoires.dissousLe', () => new DataLoader<string, string | null>(async (keys) => {
    const refs = keys.map((key, i) => ({ i, ...parseKey(key) }));
    const rows = await ctx.db.query<{ i: number; dissous_le: string | null }>(
      sql`SELECT k.i, ${dissousLeSql('t')} AS dissous_le
          FROM json_to_recordset(${JSON.stringify(refs)}::json) AS k(i int, niveau text, code text)
          JOIN territoire t ON t.niveau = k.niveau AND t.code = k.code`,
    );
    const result: (string | null)[] = keys.map(() => null);
    for (const row of rows) result[row.i] = row.dissous_le;
    return result;
  }));
}
