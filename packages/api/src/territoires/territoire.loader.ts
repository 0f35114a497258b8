import DataLoader from 'dataloader';
import type { ApiContext } from '../context';
import { buildConnection, type Connection } from '../common/connection';
import type { Page } from '../common/pagination';
import { sql } from '../common/sql';
import { territoireColumns, territoireKey } from './territoire-select.sql';
import type { PrecisionGeometrie } from './territoire.enums';
import type { Territoire } from './territoire.entity';
import type { TerritoireRef } from './territoire-ref.input';

// One SQL statement per batch for each of these: the refs travel as one JSON parameter.
function refsJson(refs: readonly { niveau: string; code: string }[]): string {
  return JSON.stringify(refs.map((r, i) => ({ i, niveau: r.niveau, code: r.code })));
}

export function parseKey(key: string): TerritoireRef {
  const index = key.indexOf(':');
  return { niveau: key.slice(0, index) as TerritoireRef['niveau'], code: key.slice(index + 1) };
}

export function territoireLoader(ctx: ApiContext): DataLoader<string, Territoire | null> {
  return ctx.loaders.get('territoires.territoire', () => new DataLoader<string, Territoire | null>(async (keys) => {
    const rows = await ctx.db.query<Territoire>(
      sql`SELECT ${territoireColumns('t')} FROM json_to_recordset(${refsJson(keys.map(parseKey))}::json) AS k(i int, niveau text, code text)
          JOIN territoire t ON t.niveau = k.niveau AND t.code = k.code`,
    );
    const byKey = new Map(rows.map((r) => [territoireKey(r), r]));
    return keys.map((k) => byKey.get(k) ?? null);
  }));
}

// Current parents (every ancestor level) of each territory.
export function parentsLoader(ctx: ApiContext): DataLoader<string, Territoire[]> {
  return ctx.loaders.get('territoires.parents', () => new DataLoader<string, Territoire[]>(async (keys) => {
    const rows = await ctx.db.query<Territoire & { i: number }>(
      sql`SELECT k.i, ${territoireColumns('t')}
          FROM json_to_recordset(${refsJson(keys.map(parseKey))}::json) AS k(i int, niveau text, code text)
          JOIN territoire_lien l ON l.niveau_membre = k.niveau AND l.code_membre = k.code AND l.date_fin IS NULL
          JOIN territoire t ON t.niveau = l.niveau_parent AND t.code = l.code_parent
          ORDER BY k.i, t.code`,
    );
    const result = keys.map(() => [] as Territoire[]);
    for (const { i, ...territoire } of rows) result[i]!.push(territoire);
    return result;
  }));
}

export interface MembresKey {
  parent: TerritoireRef;
  niveau: string;
  page: Page;
}

export function membresLoader(ctx: ApiContext): DataLoader<MembresKey, Connection<Territoire>, string> {
  return ctx.loaders.get('territoires.membres', () => new DataLoader<MembresKey, Connection<Territoire>, string>(
    async (keys) => {
      const cles = JSON.stringify(keys.map((k, i) => ({
        i, niveau: k.parent.niveau, code: k.parent.code, niveau_membre: k.niveau, lim: k.page.limit, off: k.page.offset,
      })));
      const rows = await ctx.db.query<Territoire & { i: number; total: number }>(
        sql`SELECT k.i, c.total, ${territoireColumns('m')}
            FROM json_to_recordset(${cles}::json) AS k(i int, niveau text, code text, niveau_membre text, lim int, off int)
            CROSS JOIN LATERAL (
              SELECT count(*)::int AS total FROM territoire_lien l
              WHERE l.niveau_parent = k.niveau AND l.code_parent = k.code AND l.niveau_membre = k.niveau_membre AND l.date_fin IS NULL) c
            LEFT JOIN LATERAL (
              SELECT t.* FROM territoire_lien l JOIN territoire t ON t.niveau = l.niveau_membre AND t.code = l.code_membre
              WHERE l.niveau_parent = k.niveau AND l.code_parent = k.code AND l.niveau_membre = k.niveau_membre AND l.date_fin IS NULL
              ORDER BY t.nom_recherche, t.code LIMIT k.lim OFFSET k.off) m ON true
            ORDER BY k.i, m.nom_recherche, m.code`,
      );
      const nodes = keys.map(() => [] as Territoire[]);
      const totals = keys.map(() => 0);
      for (const { i, total, ...territoire } of rows) {
        totals[i] = total;
        if (territoire.code !== null) nodes[i]!.push(territoire);
      }
      return keys.map((k, i) => buildConnection(nodes[i]!, totals[i]!, k.page));
    },
    { cacheKeyFn: (k) => `${territoireKey(k.parent)}|${k.niveau}|${k.page.limit}|${k.page.offset}` },
  ));
}

export type GeometrieVariante = PrecisionGeometrie | 'CENTRE';

// GeoJSON of a territory: its representative point or its outline at a precision (4–5 decimals).
export function geometrieLoader(ctx: ApiContext): DataLoader<string, object | null> {
  return ctx.loaders.get('territoires.geometrie', () => new DataLoader<string, object | null>(async (keys) => {
    const refs = keys.map((key, i) => {
      const [ref, variante] = key.split('|');
      return { i, ...parseKey(ref!), variante };
    });
    const rows = await ctx.db.query<{ i: number; g: string | null }>(
      sql`SELECT k.i, (CASE k.variante
            WHEN 'CENTRE' THEN ST_AsGeoJSON(coalesce(t.centre, ST_PointOnSurface(t.geom)), 5)
            WHEN 'COMPLETE' THEN ST_AsGeoJSON(t.geom, 5)
            WHEN 'MOYENNE' THEN ST_AsGeoJSON(coalesce(t.geom_moyenne, t.geom), 4)
            ELSE ST_AsGeoJSON(coalesce(t.geom_basse, t.geom_moyenne, t.geom), 4) END) AS g
          FROM json_to_recordset(${JSON.stringify(refs)}::json) AS k(i int, niveau text, code text, variante text)
          JOIN territoire t ON t.niveau = k.niveau AND t.code = k.code`,
    );
    const result: (object | null)[] = keys.map(() => null);
    for (const row of rows) result[row.i] = row.g === null ? null : (JSON.parse(row.g) as object);
    return result;
  }));
}
