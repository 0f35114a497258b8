import type { AppServices, SeedLogger } from '../context';
import { openDatabase, type OpenDatabaseOptions } from '../database/open-database';
import { donneesDerivees } from './donnees-derivees';
import { ENTITIES } from './entities';

// Key of the PostgreSQL advisory lock under which the migrations and the first-start seed run: API instances started
// together on one database take turns (the first migrates and seeds, the others wait, then find it done).
export const VERROU_DEMARRAGE = 1_900_019;

// The database with every entity, migrated, and the services the features receive.
export async function openApp(options: Omit<OpenDatabaseOptions, 'entities'>, log: SeedLogger = () => undefined): Promise<AppServices> {
  const db = await openDatabase({ ...options, entities: ENTITIES });
  try {
    const applied = await db.withAdvisoryLock(VERROU_DEMARRAGE, () => db.migrate());
    if (applied.length > 0) log(`Migrations appliquées : ${applied.join(', ')}`);
  } catch (error) {
    await db.close();
    throw error;
  }
  return { db, derivees: donneesDerivees(db) };
}
