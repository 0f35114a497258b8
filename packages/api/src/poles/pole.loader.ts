import DataLoader from 'dataloader';
import { NIVEAU_RANG } from '@poles-ess/shared';
import type { ApiContext } from '../context';
import { buildConnection, type Connection } from '../common/connection';
import type { Page } from '../common/pagination';
import { join, sql } from '../common/sql';
import { territoireColumns } from '../territoires/territoire-select.sql';
import type { Territoire } from '../territoires/territoire.entity';
import type { TerritoireAction } from './pole-territoire-action.entity';
import type { TriPoles } from './pole.enums';
import type { Pole } from './pole.entity';
import { POLE_LIGHT_SELECT, POLE_SELECT, toPole, type PoleRow } from './pole-select.sql';
import { buildPoleOrder, buildPoleWhere, type PoleFilterInput } from './poles-filter.sql';

// Smallest level first, then by code.
export function sortTerritoiresPole(territoires: Territoire[]): Territoire[] {
  return territoires.sort((a, b) => NIVEAU_RANG[a.niveau] - NIVEAU_RANG[b.niveau] || a.code.localeCompare(b.code));
}

// Territories containing each pole (pole_territoire), smallest level first; one statement per batch.
export function poleTerritoiresLoader(ctx: ApiContext): DataLoader<string, Territoire[]> {
  return ctx.loaders.get('poles.territoires', () => new DataLoader<string, Territoire[]>(async (ids) => {
    const rows = await ctx.db.prepared<Territoire & { poleId: string }>(
      sql`SELECT pt.pole_id AS "poleId", ${territoireColumns('t')} FROM pole_territoire pt
          JOIN territoire t ON t.niveau = pt.niveau AND t.code = pt.code
          WHERE pt.pole_id = ANY(${ids}::uuid[])`,
    );
    const byPole = new Map<string, Territoire[]>();
    for (const { poleId, ...territoire } of rows) {
      const list = byPole.get(poleId) ?? [];
      list.push(territoire);
      byPole.set(poleId, list);
    }
    return ids.map((id) => sortTerritoiresPole(byPole.get(id) ?? []));
  }));
}

export function poleTerritoireActionLoader(ctx: ApiContext): DataLoader<string, TerritoireAction | null> {
  return ctx.loaders.get('poles.territoireAction', () => new DataLoader<string, TerritoireAction | null>(async (ids) => {
    const rows = await ctx.db.query<TerritoireAction>(
      sql`SELECT DISTINCT ON (pole_id) pole_id AS "poleId", libelle, niveau, code FROM pole_territoire_action
          WHERE pole_id = ANY(${ids}::uuid[]) ORDER BY pole_id, id`,
    );
    const byPole = new Map(rows.map((r) => [r.poleId, r]));
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

// Prepared when the text is one of a few shapes (a query with many distinct groups is a one-off).
const MAX_PREPARED_GROUPS = 4;

// Territoire.poles: ONE statement per batch, whatever the number of territories and of distinct (filter, sort,
// page) groups (one UNION ALL branch per group). The ~45 fiche columns are read only when a key asks for more
// than the light fields.
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
      const branches = [...groups.values()].map((indexes) => {
        const sample = keys[indexes[0]!]!;
        const recordset = JSON.stringify(indexes.map((i) => ({ i, niveau: keys[i]!.niveau, code: keys[i]!.code })));
        const { offset, limit } = sample.page;
        // Driven by the territory index (pole_territoire_territoire_idx): one hash join, the count and the rank as
        // window functions; the first row of a key is kept even off the page, so its totalCount stays known.
        return sql`(SELECT x.* FROM (
             SELECT k.i, count(*) OVER (PARTITION BY k.i)::int AS total,
               row_number() OVER (PARTITION BY k.i ORDER BY ${buildPoleOrder(sample.tri, sample.filtre)}) AS rang,
               ${light ? POLE_LIGHT_SELECT : POLE_SELECT}
             FROM json_to_recordset(${recordset}::json) AS k(i int, niveau text, code text)
             JOIN pole_territoire kt ON kt.niveau = k.niveau AND kt.code = k.code
             JOIN pole p ON p.id = kt.pole_id
             WHERE ${buildPoleWhere(sample.filtre)}
           ) x WHERE x.rang = 1 OR (x.rang > ${offset}::int AND x.rang <= ${offset}::int + ${limit}::int))`;
      });
      const statement = sql`${join(branches, '\n UNION ALL ')} ORDER BY i, rang`;
      type Row = PoleRow & { i: number; total: number; rang: string };
      const rows = branches.length <= MAX_PREPARED_GROUPS ? await ctx.db.prepared<Row>(statement) : await ctx.db.query<Row>(statement);
      const nodes = new Map<number, Pole[]>(keys.map((_key, i) => [i, []]));
      const totals = new Map<number, number>();
      for (const { i, total, rang, ...row } of rows) {
        totals.set(i, total);
        const page = keys[i]!.page;
        if (Number(rang) > page.offset && Number(rang) <= page.offset + page.limit) nodes.get(i)!.push(toPole(row));
      }
      return keys.map((key, i) => buildConnection(nodes.get(i)!, totals.get(i) ?? 0, key.page));
    },
    { cacheKeyFn: (k) => `${k.niveau}\u0000${k.code}\u0000${k.light === true}\u0000${k.groupe}` },
  ));
}

