import type { Sql } from '../common/sql';

// Runs composed SQL: the database itself, or one transaction's connection.
export interface Executor {
  query<T = Record<string, unknown>>(statement: Sql): Promise<T[]>;
}
