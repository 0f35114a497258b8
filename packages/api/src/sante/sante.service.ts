import { sql } from '../common/sql';
import type { Database } from '../database/database';
import type { Sante } from './sante.type';

// On the spare connection: sante answers while every pooled connection is busy.
export async function getSante(db: Database): Promise<Sante> {
  const [row] = await db.querySpare<{ pg: string; postgis: string | null }>(
    sql`SELECT current_setting('server_version') AS pg, (SELECT extversion FROM pg_extension WHERE extname = 'postgis') AS postgis`,
  );
  const applied = await db
    .querySpare<{ name: string }>(sql`SELECT name FROM typeorm_migrations WHERE to_regclass('typeorm_migrations') IS NOT NULL ORDER BY id`)
    .catch(() => []);
  const appliedNames = applied.map((m) => m.name);
  return {
    statut: 'ok',
    backend: db.backend,
    versionPostgres: row?.pg ?? 'inconnue',
    versionPostgis: row?.postgis ?? null,
    migrationsAppliquees: appliedNames,
    migrationsEnAttente: db.migrationNames.filter((name) => !appliedNames.includes(name)).length,
  };
}
