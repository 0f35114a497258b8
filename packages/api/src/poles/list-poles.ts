import { buildConnection, type Connection } from '../common/connection';
import { readPage } from '../common/pagination';
import { sql } from '../common/sql';
import type { Database } from '../database/database';
import type { TriPoles } from './pole.enums';
import type { Pole } from './pole.entity';
import { POLE_SELECT, toPole, type PoleRow } from './pole-select.sql';
import { buildPoleOrder, buildPoleWhere, centreAutourDe, type PoleFilterInput } from './poles-filter.sql';

export interface ListPolesOptions {
  filtre?: PoleFilterInput | null;
  tri?: TriPoles | null;
  first?: number | null;
  after?: string | null;
}

// One statement per page: rows and total (window count); a second only when the page is past the end.
export async function listPoles(db: Database, options: ListPolesOptions): Promise<Connection<Pole>> {
  const page = readPage(options);
  const where = buildPoleWhere(options.filtre);
  const autourDe = options.filtre?.autourDe;
  const distance = autourDe ? sql`ST_Distance(p.position::geography, ${centreAutourDe(autourDe)}) / 1000` : sql`NULL::float8`;
  const rows = await db.query<PoleRow & { totalCount: string; distanceKm: number | null }>(
    sql`SELECT ${POLE_SELECT}, count(*) OVER () AS "totalCount", ${distance} AS "distanceKm"
        FROM pole p WHERE ${where} ORDER BY ${buildPoleOrder(options.tri, options.filtre)}
        LIMIT ${page.limit} OFFSET ${page.offset}`,
  );
  let totalCount = rows.length > 0 ? Number(rows[0]!.totalCount) : 0;
  if (rows.length === 0 && (page.offset > 0 || page.limit === 0)) {
    const [row] = await db.query<{ n: string }>(sql`SELECT count(*) AS n FROM pole p WHERE ${where}`);
    totalCount = Number(row?.n ?? 0);
  }
  return buildConnection(
    rows.map(({ totalCount: _total, distanceKm, ...row }) => ({ ...toPole(row), distanceKm })),
    totalCount,
    page,
  );
}

export async function listAllPoles(db: Database, filtre: PoleFilterInput | null | undefined, tri?: TriPoles | null): Promise<Pole[]> {
  const rows = await db.query<PoleRow>(sql`SELECT ${POLE_SELECT} FROM pole p WHERE ${buildPoleWhere(filtre)} ORDER BY ${buildPoleOrder(tri, filtre)}`);
  return rows.map(toPole);
}
