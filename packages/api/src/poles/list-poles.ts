import type { DataSource } from 'typeorm';
import { buildConnection, type Connection } from '../common/connection';
import { readPage } from '../common/pagination';
import type { TriPoles } from './pole.enums';
import { POLE_COLUMNS, toPole, type PoleRow } from './pole.row';
import type { Pole } from './pole.type';
import { buildPoleOrder, buildPoleWhere, type PoleFilterInput } from './poles-filter.sql';

export interface ListPolesOptions {
  filtre?: PoleFilterInput | null;
  tri?: TriPoles | null;
  first?: number | null;
  after?: string | null;
}

// One statement per page: rows and total (window count); a second only when the page is past the end.
export async function listPoles(dataSource: DataSource, options: ListPolesOptions): Promise<Connection<Pole>> {
  const page = readPage(options);
  const { where, params } = buildPoleWhere(options.filtre);
  const order = buildPoleOrder(options.tri, options.filtre, params);
  const rows = (await dataSource.query(
    `SELECT ${POLE_COLUMNS}, count(*) OVER () AS "totalCount"
       FROM pole p WHERE ${where} ORDER BY ${order} LIMIT ${page.limit} OFFSET ${page.offset}`,
    params,
  )) as (PoleRow & { totalCount: string })[];
  let totalCount = rows.length > 0 ? Number(rows[0]!.totalCount) : 0;
  if (rows.length === 0 && (page.offset > 0 || page.limit === 0)) {
    const count = buildPoleWhere(options.filtre);
    const [row] = (await dataSource.query(`SELECT count(*) AS n FROM pole p WHERE ${count.where}`, count.params)) as { n: string }[];
    totalCount = Number(row?.n ?? 0);
  }
  return buildConnection(
    rows.map(({ totalCount: _total, ...row }) => toPole(row)),
    totalCount,
    page,
  );
}

export async function listAllPoles(dataSource: DataSource, filtre: PoleFilterInput | null | undefined, tri?: TriPoles | null): Promise<Pole[]> {
  const { where, params } = buildPoleWhere(filtre);
  const order = buildPoleOrder(tri, filtre, params);
  const rows = (await dataSource.query(`SELECT ${POLE_COLUMNS} FROM pole p WHERE ${where} ORDER BY ${order}`, params)) as PoleRow[];
  return rows.map(toPole);
}
