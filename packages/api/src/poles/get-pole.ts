import { sql } from '../common/sql';
import type { ApiContext } from '../context';
import type { Database } from '../database/database';
import { territoireColumns } from '../territoires/territoire-select.sql';
import type { Territoire } from '../territoires/territoire.entity';
import { poleTerritoiresLoader, sortTerritoiresPole } from './pole.loader';
import type { Pole } from './pole.entity';
import { POLE_SELECT, toPole, type PoleRow } from './pole-select.sql';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(id: string): boolean {
  return UUID.test(id);
}

const visible = (withDeleted: boolean) => (withDeleted ? sql`true` : sql`p.supprime_le IS NULL`);

// A soft-deleted pole is only shown to editors (to restore it).
export async function getPole(db: Database, id: string, withDeleted: boolean): Promise<Pole | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.prepared<PoleRow>(sql`SELECT ${POLE_SELECT} FROM pole p WHERE p.id = ${id} AND ${visible(withDeleted)}`);
  return row ? toPole(row) : null;
}

// The fiche and the territories containing the pole in ONE statement (fiche pages ask for both): the
// territories prime poleTerritoiresLoader, so Pole.territoires / Pole.territoire need no second statement.
export async function getPoleWithTerritoires(ctx: ApiContext, id: string, withDeleted: boolean): Promise<Pole | null> {
  if (!isUuid(id)) return null;
  const [row] = await ctx.db.prepared<PoleRow & { territoiresPole: Territoire[] | null }>(
    sql`SELECT ${POLE_SELECT},
       (SELECT json_agg(x) FROM (SELECT ${territoireColumns('t')} FROM pole_territoire pt
          JOIN territoire t ON t.niveau = pt.niveau AND t.code = pt.code WHERE pt.pole_id = p.id) x) AS "territoiresPole"
     FROM pole p WHERE p.id = ${id} AND ${visible(withDeleted)}`,
  );
  if (!row) return null;
  const { territoiresPole, ...poleRow } = row;
  const pole = toPole(poleRow);
  poleTerritoiresLoader(ctx).prime(pole.id, sortTerritoiresPole(territoiresPole ?? []));
  return pole;
}
