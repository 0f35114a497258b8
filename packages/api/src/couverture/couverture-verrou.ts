import { sql } from '../common/sql';
import type { Executor } from '../database/executor';

// Whoever rewrites the coverage tables holds this lock until its transaction ends (a full rebuild, the refresh after
// saves): two never update the same rows at once (no duplicate key, no deadlock), and each one's statements see what
// the previous one committed. Saves themselves never take it (couverture-en-attente.ts).
export const VERROU_COUVERTURE = [2001, 0] as const;

export async function lockCouverture(db: Executor): Promise<void> {
  await db.query(sql`SELECT pg_advisory_xact_lock(${VERROU_COUVERTURE[0]}, ${VERROU_COUVERTURE[1]})`);
}
