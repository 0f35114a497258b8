import DataLoader from 'dataloader';
import type { ApiContext } from '../context';
import { buildConnection, type Connection } from '../common/connection';
import type { Page } from '../common/pagination';
import { NiveauTerritorial, PrecisionGeometrie } from './territoire.enums';
import { territoireColumns, territoireKey, toTerritoire, type TerritoireRow } from './territoire.row';
import type { Territoire } from './territoire.type';

export interface Ref {
  niveau: string;
  code: string;
}

// One SQL statement per batch for each of these: the refs travel as one JSON parameter.
function refsJson(refs: readonly Ref[]): string {
  return JSON.stringify(refs.map((r, i) => ({ i, niveau: r.niveau, code: r.code })));
}

export function territoireLoader(ctx: ApiContext): DataLoader<string, Territoire | null> {
  return ctx.loaders.get('territoires.territoire', () => new DataLoader<string, Territoire | null>(async (keys) => {
    const refs = keys.map(parseKey);
    const rows = (await ctx.dataSource.query(
      `SELECT ${territoireColumns('t')} FROM json_to_recordset($1::json) AS k(i int, niveau text, code text)
       JOIN territoire t ON t.niveau = k.niveau AND t.code = k.code`,
      [refsJson(refs)],
    )) as TerritoireRow[];
    const byKey = new Map(rows.map((r) => [territoireKey(r), toTerritoire(r)]));
    return keys.map((k) => byKey.get(k) ?? null);
  }));
}

// Current parents (every ancestor level) of each territory.
export function parentsLoader(ctx: ApiContext): DataLoader<string, Territoire[]> {
  return ctx.loaders.get('territoires.parents', () => new DataLoader<string, Territoire[]>(async (keys) => {
    const rows = (await ctx.dataSource.query(
      `SELECT k.i, ${territoireColumns('t')}
       FROM json_to_recordset($1::json) AS k(i int, niveau text, code text)
       JOIN territoire_lien l ON l.niveau_membre = k.niveau AND l.code_membre = k.code AND l.date_fin IS NULL
       JOIN territoire t ON t.niveau = l.niveau_parent AND t.code = l.code_parent
       ORDER BY k.i, t.code`,
      [refsJson(keys.map(parseKey))],
    )) as (TerritoireRow & { i: number })[];
    const result = keys.map(() => [] as Territoire[]);
    for (const row of rows) result[row.i]!.push(toTerritoire(row));
    return result;
  }));
}

export interface MembresKey {
  parent: Ref;
  niveau: NiveauTerritorial;
  page: Page;
}

export function membresLoader(ctx: ApiContext): DataLoader<MembresKey, Connection<Territoire>, string> {
  return ctx.loaders.get('territoires.membres', () => new DataLoader<MembresKey, Connection<Territoire>, string>(
    async (keys) => {
      const rows = (await ctx.dataSource.query(
        `SELECT k.i, c.total, ${territoireColumns('m')}
         FROM json_to_recordset($1::json) AS k(i int, niveau text, code text, niveau_membre text, lim int, off int)
         CROSS JOIN LATERAL (
           SELECT count(*)::int AS total FROM territoire_lien l
           WHERE l.niveau_parent = k.niveau AND l.code_parent = k.code AND l.niveau_membre = k.niveau_membre AND l.date_fin IS NULL) c
         LEFT JOIN LATERAL (
           SELECT t.* FROM territoire_lien l JOIN territoire t ON t.niveau = l.niveau_membre AND t.code = l.code_membre
           WHERE l.niveau_parent = k.niveau AND l.code_parent = k.code AND l.niveau_membre = k.niveau_membre AND l.date_fin IS NULL
           ORDER BY t.nom_recherche, t.code LIMIT k.lim OFFSET k.off) m ON true
         ORDER BY k.i, m.nom_recherche, m.code`,
        [JSON.stringify(keys.map((k, i) => ({
          i, niveau: k.parent.niveau, code: k.parent.code, niveau_membre: k.niveau, lim: k.page.limit, off: k.page.offset,
        })))],
      )) as (TerritoireRow & { i: number; total: number })[];
      const nodes = keys.map(() => [] as Territoire[]);
      const totals = keys.map(() => 0);
      for (const row of rows) {
        totals[row.i] = row.total;
        if (row.code !== null) nodes[row.i]!.push(toTerritoire(row));
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
    const refs = keys.map((key) => {
      const [ref, variante] = key.split('|');
      return { ...parseKey(ref!), variante };
    });
    const rows = (await ctx.dataSource.query(
      `SELECT k.i, (CASE k.variante
         WHEN 'CENTRE' THEN ST_AsGeoJSON(coalesce(t.centre, ST_PointOnSurface(t.geom)), 5)
         WHEN 'COMPLETE' THEN ST_AsGeoJSON(t.geom, 5)
         WHEN 'MOYENNE' THEN ST_AsGeoJSON(coalesce(t.geom_moyenne, t.geom), 4)
         ELSE ST_AsGeoJSON(coalesce(t.geom_basse, t.geom_moyenne, t.geom), 4) END) AS g
       FROM json_to_recordset($1::json) AS k(i int, niveau text, code text, variante text)
       JOIN territoire t ON t.niveau = k.niveau AND t.code = k.code`,
      [JSON.stringify(refs.map((r, i) => ({ i, ...r })))],
    )) as { i: number; g: string | null }[];
    const result: (object | null)[] = keys.map(() => null);
    for (const row of rows) result[row.i] = row.g === null ? null : (JSON.parse(row.g) as object);
    return result;
  }));
}

export function parseKey(key: string): Ref {
  const index = key.indexOf(':');
  return { niveau: key.slice(0, index), code: key.slice(index + 1) };
}
