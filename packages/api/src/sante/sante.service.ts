import type { DataSource } from 'typeorm';
import type { Backend } from '../database/open-database';
import { BackendBase, type Sante } from './sante.type';

export async function getSante(dataSource: DataSource, backend: Backend): Promise<Sante> {
  const [row] = (await dataSource.query(
    `SELECT current_setting('server_version') AS pg,
            (SELECT extversion FROM pg_extension WHERE extname = 'postgis') AS postgis`,
  )) as { pg: string; postgis: string | null }[];
  const applied = (await dataSource.query(
    `SELECT name FROM typeorm_migrations WHERE to_regclass('typeorm_migrations') IS NOT NULL ORDER BY id`,
  ).catch(() => [])) as { name: string }[];
  const known = dataSource.migrations.map((m) => m.name ?? m.constructor.name);
  const appliedNames = applied.map((m) => m.name);
  return {
    statut: 'ok',
    backend: backend === 'EMBARQUE' ? BackendBase.EMBARQUE : BackendBase.POSTGRESQL,
    versionPostgres: row?.pg ?? 'inconnue',
    versionPostgis: row?.postgis ?? null,
    migrationsAppliquees: appliedNames,
    migrationsEnAttente: known.filter((name) => !appliedNames.includes(name)).length,
  };
}
