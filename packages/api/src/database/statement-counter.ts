import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger, QueryRunner } from 'typeorm';

interface Counter {
  statements: number;
  // JSON texts spliced into this request's response (common/raw-json.ts).
  rawJson?: string[];
  // False when answers may be cached and served to other requests (then no placeholder may be left in them).
  splice?: boolean;
}

const storage = new AsyncLocalStorage<Counter>();

// Counts SQL statements per GraphQL request (tests and benchmarks read it).
export function runCountingStatements<T>(fn: () => T, options: { splice?: boolean } = {}): { result: T; counter: Counter } {
  const counter: Counter = { statements: 0, splice: options.splice ?? true };
  const result = storage.run(counter, fn);
  return { result, counter };
}

export function currentStatementCounter(): Counter | undefined {
  return storage.getStore();
}

export class StatementCountingLogger implements Logger {
  constructor(private readonly logSql: boolean) {}

  logQuery(query: string, parameters?: unknown[], _queryRunner?: QueryRunner): void {
    const counter = storage.getStore();
    if (counter) counter.statements += 1;
    if (this.logSql) console.log('[sql]', query.replace(/\s+/g, ' ').slice(0, 300), parameters ?? '');
  }
  logQueryError(error: string | Error, query: string): void {
    if (this.logSql) console.error('[sql:erreur]', error, query.slice(0, 300));
  }
  logQuerySlow(time: number, query: string): void {
    if (this.logSql) console.warn(`[sql:lent] ${time} ms`, query.slice(0, 300));
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    if (this.logSql) console.log('[migration]', message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') console.warn(message);
  }
}
