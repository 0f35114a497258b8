import { Client } from 'pg';
import { ENTITIES } from '../app/entities';
import { createDataSource } from '../database/data-source';
import { startEmbeddedServer, type EmbeddedServer } from '../database/embedded-server';

// Migrating a new database costs seconds on PostgreSQL and up to a minute on PGlite (PostGIS, the migrations): the
// test run migrates once (Jest's global setup). On PostgreSQL each test file's database is a copy of that template;
// on the embedded backend every file uses the one PGlite, served over its socket, emptied first (PGlite is single
// session: the files run one after the other, see jest.config.cjs).
export const TEMPLATE_ENV = 'POLES_TEST_TEMPLATE';

export async function runAdmin(url: string, statement: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function migrate(url: string): Promise<void> {
  const dataSource = createDataSource({ url, entities: ENTITIES, poolSize: 1 });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

// The embedded server lives in Jest's main process from the global setup to the global teardown.
const holder = globalThis as { polesTestServer?: EmbeddedServer };

// PostgreSQL: the name of a migrated database to copy; embedded: the URL of the migrated PGlite's socket.
export async function createTestTemplate(adminUrl: string | undefined): Promise<string> {
  if (adminUrl) {
    const name = `poles_test_modele_${process.pid}`;
    await runAdmin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await runAdmin(adminUrl, `CREATE DATABASE ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    await migrate(url.toString());
    return name;
  }
  holder.polesTestServer = await startEmbeddedServer(null);
  await migrate(holder.polesTestServer.url);
  return holder.polesTestServer.url;
}

export async function dropTestTemplate(adminUrl: string | undefined, template: string): Promise<void> {
  if (adminUrl) await runAdmin(adminUrl, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  else await holder.polesTestServer?.close();
}
