import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

export const REPO_ROOT = path.resolve(__dirname, '../../../..');

// Connections to a PostgreSQL server when DATABASE_POOL_SIZE is not set: twice the cores, at least 4 (the benchmark
// gives every peer this pool too).
export const defaultPoolSize = (): number => Math.max(4, 2 * os.availableParallelism());

// Write transactions at once on a PostgreSQL server when DATABASE_WRITE_POOL_SIZE is not set: a save spends most of
// its time waiting for round trips, not running (benchmark writes phase: 10 editors saving while the site is read).
export const DEFAULT_WRITE_POOL_SIZE = 10;

const envSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().min(1).default(path.join(REPO_ROOT, '.data')),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  // Connections to a PostgreSQL server (the embedded database has one). Default: defaultPoolSize(): more
  // statements at once than PostgreSQL has cores to run them only adds switching (benchmark scenario 3 on 2 cores:
  // 10 connections gave ~20 % fewer requests per second and a higher p99 than 4).
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(defaultPoolSize()),
  // Connections of the write transactions (mutations, imports, coverage refreshes), apart from the reads': opened
  // when needed, closed after 30 s unused.
  DATABASE_WRITE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(DEFAULT_WRITE_POOL_SIZE),
  // PostgreSQL server: a statement running longer, or waiting for a lock longer, is cancelled and answered TIMEOUT
  // (0 = no limit). The server's requests get both; CLI commands (imports, rebuilds: an operator's long work) only
  // the lock wait. The embedded PGlite accepts the settings but has no timer to enforce them.
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(86_400_000).default(30_000),
  DATABASE_LOCK_TIMEOUT_MS: z.coerce.number().int().min(0).max(86_400_000).default(5_000),
  DASHBOARD_DIST: z.string().default(path.join(REPO_ROOT, 'packages/dashboard/dist')),
  // Seconds an anonymous query's answer is kept in memory; 0 (default): no response cache.
  CACHE_REPONSES_SECONDES: z.coerce.number().int().min(0).max(86400).default(0),
  // Anonymous GraphQL requests handled at once, the others waiting their turn (0: no limit). Unset: four times the
  // connections their reads can use (server/graphql-handler.ts).
  REQUETES_ANONYMES_SIMULTANEES: z.coerce.number().int().min(0).max(100_000).optional(),
  // Graceful stop (SIGTERM, SIGINT): seconds given to the requests in flight before their connections are cut.
  ARRET_DELAI_SECONDES: z.coerce.number().min(0).max(600).default(10),
  // Read replicas of DATABASE_URL (comma-separated URLs): anonymous reads go to them (database/repliques.ts).
  DATABASE_REPLICA_URLS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((u) => u.trim()).filter((u) => u !== ''))
    .pipe(z.array(z.string().url())),
  // A replica further behind the primary than this is taken out of rotation until it catches up.
  REPLICA_RETARD_MAX_SECONDES: z.coerce.number().min(0).max(3600).default(5),
  LOG_SQL: z
    .enum(['0', '1', 'true', 'false'])
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse({
    ...source,
    DATABASE_URL: source.DATABASE_URL || undefined,
  });
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Configuration invalide : ${details}`);
  }
  return parsed.data;
}
