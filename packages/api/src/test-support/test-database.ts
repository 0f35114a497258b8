import { randomBytes } from 'node:crypto';
import { getMetadataArgsStorage } from 'typeorm';
import { openApp } from '../app/open-app';
import { ENTITIES } from '../app/entities';
import { raw } from '../common/sql';
import { TerritoireRecherche } from '../territoires/territoire-recherche.entity';
import type { AppServices } from '../context';
import type { DatabaseTimeouts } from '../database/data-source';
import { runAdmin, TEMPLATE_ENV } from './test-template';

export interface TestApp extends AppServices {
  close(): Promise<void>;
}

// A fresh migrated database: a copy of the run's template on PostgreSQL when TEST_DATABASE_URL is set (its own
// database, dropped by close()); on the embedded backend, the run's PGlite emptied (or a new in-memory one when the
// run has none).
export async function createTestDatabase(options: { timeouts?: DatabaseTimeouts } = {}): Promise<TestApp> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  const template = process.env[TEMPLATE_ENV];
  if (!adminUrl) {
    const services = await openApp(template ? { databaseUrl: template, backend: 'EMBARQUE', dataDir: null } : { dataDir: null });
    const app: TestApp = {
      ...services,
      async close() {
        await services.derivees.enCours(services.db);
        await services.db.close();
      },
    };
    if (template) await emptyTestDatabase(app);
    return app;
  }
  const name = `poles_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await runAdmin(adminUrl, template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const services = await openApp({ databaseUrl: url.toString(), dataDir: null, poolSize: 4, timeouts: options.timeouts });
  return {
    ...services,
    async close() {
      await services.derivees.enCours(services.db);
      await services.db.close();
      await runAdmin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

// territoire_recherche is emptied by territoire's own TRUNCATE trigger (migration 1732600007000).
const TABLES = getMetadataArgsStorage()
  .tables.filter((t) => ENTITIES.includes(t.target as Function) && t.target !== TerritoireRecherche)
  .map((t) => t.name!);

// Every table emptied (identities restarted): the database is as its template, for the next test.
export async function emptyTestDatabase(app: TestApp): Promise<void> {
  await app.db.query(raw(`TRUNCATE ${TABLES.join(', ')} RESTART IDENTITY CASCADE`));
}
