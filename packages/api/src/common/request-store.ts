import { AsyncLocalStorage } from 'node:async_hooks';

// What one HTTP request carries through its asynchronous work.
export interface RequestStore {
  // SQL statements sent for this request (extensions.sqlStatements; tests and benchmarks read it).
  sqlStatements: number;
  // JSON texts built by PostgreSQL, spliced verbatim into this request's response (common/raw-json.ts).
  rawJson: string[];
  // Their total length, checked against LIMITE_REPONSE as they come (before a huge body is built).
  rawJsonLength: number;
  // False when answers may be cached and served to other requests: then no placeholder may be left in them.
  spliceRawJson: boolean;
  // Set for reads a replica may answer (anonymous queries): the WAL position the client must see (its last write,
  // or null), and the target the first statement picked, kept for the whole request (database/database.ts).
  lecture?: { lsnMin: bigint | null; cible?: unknown };
}

const storage = new AsyncLocalStorage<RequestStore>();

export function runInRequestStore<T>(fn: () => T, options: { spliceRawJson: boolean }): T {
  return storage.run({ sqlStatements: 0, rawJson: [], rawJsonLength: 0, spliceRawJson: options.spliceRawJson }, fn);
}

export function currentRequestStore(): RequestStore | undefined {
  return storage.getStore();
}

export function countSqlStatement(): void {
  const store = storage.getStore();
  if (store) store.sqlStatements += 1;
}
