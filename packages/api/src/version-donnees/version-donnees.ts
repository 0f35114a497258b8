import { sql } from '../common/sql';
import type { Database } from '../database/database';

// Channel of the NOTIFY sent by every write to the published data (payload: the new version).
export const CANAL_VERSION_DONNEES = 'poles_ess_donnees';

// Tables whose writes do not change what readers are answered: tokens, the density cells the reads themselves
// fill in, the version and its requests, the coverage changes waiting for their refresh (the refresh's own writes
// bump the version) (version-donnees.int.test.ts checks every other table bumps the version).
export const TABLES_HORS_VERSION = ['jeton_api', 'grille_cache', 'version_donnees', 'version_donnees_demande', 'couverture_en_attente'] as const;

// The version of the data seen by this request's reads (routed as they are: replica or primary).
export async function getVersionDonnees(db: Database): Promise<string> {
  const [row] = await db.prepared<{ version: string }>(sql`SELECT coalesce(max(version), 0)::text AS version FROM version_donnees`);
  return row?.version ?? '0';
}
