import type { Logger } from 'typeorm';
import { countSqlStatement } from '../common/request-store';

// Counts the SQL statements of each request (extensions.sqlStatements) and prints them with LOG_SQL.
export class SqlLogger implements Logger {
  constructor(private readonly logSql: boolean) {}

  logQuery(query: string, parameters?: unknown[]): void {
    countSqlStatement();
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
