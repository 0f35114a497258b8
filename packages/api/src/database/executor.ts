import type { Sql } from '../common/sql';

// Runs composed SQL: the database itself, or one transaction's connection.
export interface Executor {
  query<T = Record<string, unknown>>(statement: Sql): Promise<T[]>;
  // Calls `fn` once what was written so far is committed: after the transaction's commit (never after a rollback);
  // at once outside a transaction, where each statement commits on its own.
  apresCommit(fn: () => void): void;
}
