import type { AppServices, SeedLogger } from '../context';
import { openDatabase, type OpenDatabaseOptions } from '../database/open-database';
import { DONNEES_DERIVEES } from './donnees-derivees';
import { ENTITIES } from './entities';

// The database with every entity, migrated, and the services the features receive.
export async function openApp(options: Omit<OpenDatabaseOptions, 'entities'>, log: SeedLogger = () => undefined): Promise<AppServices> {
  const db = await openDatabase({ ...options, entities: ENTITIES });
  try {
    const applied = await db.migrate();
    if (applied.length > 0) log(`Migrations appliquées : ${applied.join(', ')}`);
  } catch (error) {
    await db.close();
    throw error;
  }
  return { db, derivees: DONNEES_DERIVEES };
}
