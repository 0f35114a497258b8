import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { currentStatementCounter } from '../database/statement-counter';

// Hot read queries as named prepared statements on the pg pool: PostgreSQL parses and plans them once per
// connection instead of on every request, and TypeORM's query-runner round trip is skipped (measured on
// benchmark scenarios 1 and 5). The name is a hash of the text, so one text always maps to one statement.
// Counted like every other statement (extensions.sqlStatements).
export async function preparedQuery<T>(dataSource: DataSource, text: string, values: unknown[]): Promise<T[]> {
  const pool = (dataSource.driver as PostgresDriver).master as Pool | undefined;
  if (!pool) return (await dataSource.query(text, values)) as T[];
  const counter = currentStatementCounter();
  if (counter) counter.statements += 1;
  const name = statementName(text);
  const result = await pool.query({ name, text, values });
  return result.rows as T[];
}

// Names of the texts already seen: hashing a 6 KB text costs more than the Map lookup (bounded: a caller with
// unbounded texts empties it now and then).
const names = new Map<string, string>();

function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    if (names.size >= 1000) names.clear();
    name = `q_${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}
