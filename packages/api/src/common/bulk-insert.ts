import type { DataSource, EntityManager } from 'typeorm';

type Queryable = Pick<DataSource | EntityManager, 'query'>;

// Many rows in few statements: the embedded PGlite pays per statement, so rows go as one JSON parameter
// per batch, expanded by json_to_recordset. `columns` maps each JSON key to its SQL type.
export async function bulkInsert(
  db: Queryable,
  table: string,
  columns: Record<string, string>,
  rows: Record<string, unknown>[],
  batchSize = 10000,
): Promise<void> {
  const names = Object.keys(columns);
  const definition = names.map((name) => `${name} ${columns[name]}`).join(', ');
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    await db.query(
      `INSERT INTO ${table} (${names.join(', ')})
       SELECT ${names.join(', ')} FROM json_to_recordset($1::json) AS r(${definition})`,
      [JSON.stringify(batch)],
    );
  }
}
