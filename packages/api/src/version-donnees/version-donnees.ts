import { sql } from '../common/sql';
import type { Database } from '../database/database';
import type { Executor } from '../database/executor';

// Channel of the NOTIFY sent by every write to the published data (payload: the new version).
export const CANAL_VERSION_DONNEES = 'poles_ess_donnees';

// Tables whose writes do not change what readers are answered: tokens, the density cells the reads themselves
// fill in, the coverage changes waiting for their refresh (the refresh's own writes bump the version) (database/version-donnees.int.test.ts checks every other table bumps the version).
export const TABLES_HORS_VERSION = ['jeton_api', 'grille_cache', 'version_donnees', 'couverture_en_attente'] as const;

// The coverage tables: their only writers (the full rebuild, the refresh after pole saves) rewrite thousands of rows
// for seconds; a trigger would hold the version's row from their first statement to their commit, and every other
// writer would wait for it. They bump the version once, as their last statement (incrementerVersionDonnees).
export const TABLES_VERSION_EN_FIN = [
  'distance_commune_pole',
  'distance_territoire_pole',
  'distance_commune_pole_etat',
  'couverture_action',
  'couverture_communes_statut',
] as const;

// What the trigger does (migration 1732600019000), as a statement: the version bumped, and its NOTIFY at commit.
export async function incrementerVersionDonnees(db: Executor): Promise<void> {
  await db.query(
    sql`WITH v AS (
          INSERT INTO version_donnees (id, version) VALUES (1, 1)
          ON CONFLICT (id) DO UPDATE SET version = version_donnees.version + 1 RETURNING version)
        SELECT pg_notify(${CANAL_VERSION_DONNEES}, version::text) FROM v`,
  );
}

// The version of the data seen by this request's reads (routed as they are: replica or primary).
export async function getVersionDonnees(db: Database): Promise<string> {
  const [row] = await db.prepared<{ version: string }>(sql`SELECT coalesce(max(version), 0)::text AS version FROM version_donnees`);
  return row?.version ?? '0';
}
