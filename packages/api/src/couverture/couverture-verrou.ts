import { sql } from '../common/sql';
import type { Executor } from '../database/executor';

// Whoever rewrites the coverage tables holds this lock until its transaction ends: two saves never update the same
// rows at once (no duplicate key, no deadlock), and each one's statements see the poles the previous one committed.
// Saves that change nothing derived (a text edit) never take it.
export async function lockCouverture(db: Executor): Promise<void> {
  await db.query(sql`SELECT pg_advisory_xact_lock(2001, 0)`);
}
