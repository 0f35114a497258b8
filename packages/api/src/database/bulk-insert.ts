import { raw, sql } from '../common/sql';
import type { Executor } from './executor';

// Many rows in few statements: the embedded PGlite pays per statement, so rows go as one JSON parameter
// per batch, expanded by json_to_recordset. `columns` maps each JSON key to its SQL type.
export async function bulkInsert(
  db: Executor,
  table: string,
  columns: Record<string, string>,
  rows: readonly object[],
  batchSize = 10000,
): Promise<void> {
  const names = raw(Object.keys(columns).join(', '));
  const definition = raw(Object.entries(columns).map(([name, type]) => `${name} ${type}`).join(', '));
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = JSON.stringify(rows.slice(start, start + batchSize));
    await db.query(sql`INSERT INTO ${raw(table)} (${names}) SELECT ${names} FROM json_to_recordset(${batch}::json) AS r(${definition})`);
  }
}
