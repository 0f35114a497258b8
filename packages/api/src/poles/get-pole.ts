import type { DataSource } from 'typeorm';
import { preparedQuery } from '../common/prepared-query';
import type { ApiContext } from '../context';
import { territoireColumns, toTerritoire, type TerritoireRow } from '../territoires/territoire.row';
import { poleTerritoiresLoader, sortTerritoiresPole } from './pole.loader';
import { POLE_COLUMNS, toPole, type PoleRow } from './pole.row';
import type { Pole } from './pole.type';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(id: string): boolean {
  return UUID.test(id);
}

// A soft-deleted pole is only shown to editors (to restore it).
export async function getPole(dataSource: DataSource, id: string, withDeleted: boolean): Promise<Pole | null> {
  if (!isUuid(id)) return null;
  const rows = await preparedQuery<PoleRow>(
    dataSource,
    `SELECT ${POLE_COLUMNS} FROM pole p WHERE p.id = $1 ${withDeleted ? '' : 'AND p.supprime_le IS NULL'}`,
    [id],
  );
  return rows[0] ? toPole(rows[0]) : null;
}

// The fiche and the territories containing the pole in ONE statement (fiche pages ask for both): the
// territories prime poleTerritoiresLoader, so Pole.territoires / Pole.territoire need no second statement.
export async function getPoleWithTerritoires(ctx: ApiContext, id: string, withDeleted: boolean): Promise<Pole | null> {
  if (!isUuid(id)) return null;
  const rows = await preparedQuery<PoleRow & { territoires_pole: TerritoireRow[] | null }>(
    ctx.dataSource,
    `SELECT ${POLE_COLUMNS},
       (SELECT json_agg(x) FROM (SELECT ${territoireColumns('t')} FROM pole_territoire pt
          JOIN territoire t ON t.niveau = pt.niveau AND t.code = pt.code WHERE pt.pole_id = p.id) x) AS territoires_pole
     FROM pole p WHERE p.id = $1 ${withDeleted ? '' : 'AND p.supprime_le IS NULL'}`,
    [id],
  );
  const row = rows[0];
  if (!row) return null;
  const { territoires_pole: territoires, ...poleRow } = row;
  const pole = toPole(poleRow);
  poleTerritoiresLoader(ctx).prime(pole.id, sortTerritoiresPole((territoires ?? []).map(toTerritoire)));
  return pole;
}
