import { sql } from '../common/sql';
import type { Database } from './database';
import type { Executor } from './executor';

// A long statement of `tx` is cancelled as soon as `signal` aborts (Ctrl-C during an import), instead of running to
// its end before the rollback. PostgreSQL server only: the embedded PGlite cannot cancel a statement, the caller
// checks the signal between its steps. Returns what stops listening.
export async function cancelOnAbort(db: Database, tx: Executor, signal: AbortSignal | undefined): Promise<() => void> {
  if (!signal || db.backend === 'EMBARQUE') return () => undefined;
  const [row] = await tx.query<{ pid: number }>(sql`SELECT pg_backend_pid() AS pid`);
  const cancel = () => void db.querySpare(sql`SELECT pg_cancel_backend(${row!.pid})`).catch(() => undefined);
  signal.addEventListener('abort', cancel, { once: true });
  return () => signal.removeEventListener('abort', cancel);
}
