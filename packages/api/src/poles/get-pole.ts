import type { DataSource } from 'typeorm';
import { preparedQuery } from '../common/prepared-query';
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
