import DataLoader from 'dataloader';
import type { ApiContext } from '../context';
import { buildConnection, type Connection } from '../common/connection';
import { preparedQuery } from '../common/prepared-query';
import type { Page } from '../common/pagination';
import { NIVEAU_RANG, type NiveauTerritorial } from '../territoires/territoire.enums';
import { territoireColumns, toTerritoire, type TerritoireRow } from '../territoires/territoire.row';
import type { Territoire } from '../territoires/territoire.type';
import { POLE_COLUMNS, toPole, type PoleRow } from './pole.row';
import type { Pole } from './pole.type';
import { buildPoleOrder, buildPoleWhere, type PoleFilterInput } from './poles-filter.sql';
import type { TriPoles } from './pole.enums';
import type { TerritoireAction } from './territoire-action.type';
import { POLE_LIGHT_COLUMNS, toPoleLight, type PoleLightRow } from './pole-fields';

// Smallest level first, then by code.
export function sortTerritoiresPole(territoires: Territoire[]): Territoire[] {
  return territoires.sort((a, b) => NIVEAU_RANG[a.niveau] - NIVEAU_RANG[b.niveau] || a.code.localeCompare(b.code));
}

// Territories containing each pole (pole_territoire), smallest level first; one statement per batch.
export function poleTerritoiresLoader(ctx: ApiContext): DataLoader<string, Territoire[]> {
  return ctx.loaders.get('poles.territoires', () => new DataLoader<string, Territoire[]>(async (ids) => {
    const rows = await preparedQuery<TerritoireRow & { pole_id: string }>(
      ctx.dataSource,
      `SELECT pt.pole_id, ${territoireColumns('t')} FROM pole_territoire pt
       JOIN territoire t ON t.niveau = pt.niveau AND t.code = pt.code
       WHERE pt.pole_id = ANY($1::uuid[])`,
      [ids],
    );
    const byPole = new Map<string, Territoire[]>();
    for (const row of rows) {
      const list = byPole.get(row.pole_id) ?? [];
      list.push(toTerritoire(row));
      byPole.set(row.pole_id, list);
    }
    return ids.map((id) => sortTerritoiresPole(byPole.get(id) ?? []));
  }));
}

export function poleTerritoireActionLoader(ctx: ApiContext): DataLoader<string, TerritoireAction | null> {
  return ctx.loaders.get('poles.territoireAction', () => new DataLoader<string, TerritoireAction | null>(async (ids) => {
    const rows = (await ctx.dataSource.query(
      `SELECT DISTINCT ON (pole_id) pole_id, libelle, niveau, code FROM pole_territoire_action
       WHERE pole_id = ANY($1::uuid[]) ORDER BY pole_id, id`,
      [ids],
    )) as { pole_id: string; libelle: string; niveau: NiveauTerritorial | null; code: string | null }[];
    const byPole = new Map(rows.map((r) => [r.pole_id, { libelle: r.libelle, niveau: r.niveau, code: r.code }]));
    return ids.map((id) => byPole.get(id) ?? null);
  }));
}

export interface PolesDansKey {
  niveau: string;
  code: string;
  filtre: PoleFilterInput | null;
  tri: TriPoles | null;
  page: Page;
  // The same text for the same filter, sort and page: keys of one group share one UNION ALL branch.
  groupe: string;
  // Only id/slug/nom/type/statut are asked for (see asksOnlyLightPoleFields).
  light?: boolean;
}

// Territoire.poles: ONE statement per batch, whatever the number of territories and of distinct
// (filter, sort, page) groups (one UNION ALL branch per group). The ~40 fiche columns are read only when a key
// asks for more than the light fields.
const MAX_PREPARED_GROUPS = 4;

export function polesDansLoader(ctx: ApiContext): DataLoader<PolesDansKey, Connection<Pole>, string> {
  return ctx.loaders.get('poles.dans', () => new DataLoader<PolesDansKey, Connection<Pole>, string>(
    async (keys) => {
      const groups = new Map<string, number[]>();
      keys.forEach((key, i) => {
        const indexes = groups.get(key.groupe);
        if (indexes) indexes.push(i);
        else groups.set(key.groupe, [i]);
      });
      const light = keys.every((key) => key.light === true);
      const params: unknown[] = [];
      const branches = [...groups.values()].map((indexes) => {
        const sample = keys[indexes[0]!]!;
        params.push(JSON.stringify(indexes.map((i) => ({ i, niveau: keys[i]!.niveau, code: keys[i]!.code }))));
        const recordset = `$${params.length}::json`;
        const { where } = buildPoleWhere(sample.filtre, params);
        const order = buildPoleOrder(sample.tri, sample.filtre, params);
        const add = (value: unknown) => `$${params.push(value)}`;
        const columns = light ? POLE_LIGHT_COLUMNS : POLE_COLUMNS;
        const offset = add(sample.page.offset);
        // Driven by the territory index (pole_territoire_territoire_idx): one hash join, the count and the rank as
        // window functions; the first row of a key is kept even off the page, so its totalCount stays known.
        return `(SELECT x.* FROM (
             SELECT k.i, count(*) OVER (PARTITION BY k.i)::int AS total, row_number() OVER (PARTITION BY k.i ORDER BY ${order}) AS rang, ${columns}
             FROM json_to_recordset(${recordset}) AS k(i int, niveau text, code text)
             JOIN pole_territoire kt ON kt.niveau = k.niveau AND kt.code = k.code
             JOIN pole p ON p.id = kt.pole_id
             WHERE ${where}
           ) x WHERE x.rang = 1 OR (x.rang > ${offset} AND x.rang <= ${offset} + ${add(sample.page.limit)}))`;
      });
      const sql = `${branches.join('\n UNION ALL ')}\n ORDER BY i, rang`;
      // Prepared when the text is one of a few shapes (a query with many distinct groups is a one-off).
      type Row = (PoleRow | PoleLightRow) & { i: number; total: number; rang: string };
      const rows =
        branches.length <= MAX_PREPARED_GROUPS
          ? await preparedQuery<Row>(ctx.dataSource, sql, params)
          : ((await ctx.dataSource.query(sql, params)) as Row[]);
      const nodes = new Map<number, Pole[]>(keys.map((_key, i) => [i, []]));
      const totals = new Map<number, number>();
      for (const { i, total, rang, ...row } of rows) {
        totals.set(i, total);
        const page = keys[i]!.page;
        if (Number(rang) > page.offset && Number(rang) <= page.offset + page.limit) {
          nodes.get(i)!.push(light ? toPoleLight(row as PoleLightRow) : toPole(row as PoleRow));
        }
      }
      return keys.map((key, i) => buildConnection(nodes.get(i)!, totals.get(i) ?? 0, key.page));
    },
    { cacheKeyFn: (k) => `${k.niveau}\u0000${k.code}\u0000${k.light === true}\u0000${k.groupe}` },
  ));
}
