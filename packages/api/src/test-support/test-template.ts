import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { ENTITIES } from '../app/entities';
import { createDataSource } from '../database/data-source';
import { startEmbeddedServer } from '../database/embedded-server';

// Migrating a new database costs seconds on PostgreSQL and up to a minute on PGlite (PostGIS, 16 migrations): the
// test run migrates one template once (Jest's global setup), and each test file starts from a copy of it.
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

// PostgreSQL: a migrated database to copy (CREATE DATABASE … TEMPLATE); embedded: the image of a migrated data
// directory, in a file. Returns what TEMPLATE_ENV should hold.
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
  const server = await startEmbeddedServer(null);
  try {
    await migrate(server.url);
    const file = path.join(os.tmpdir(), `poles-test-modele-${process.pid}.tar`);
    fs.writeFileSync(file, Buffer.from(await (await server.image()).arrayBuffer()));
    return file;
  } finally {
    await server.close();
  }
}

export async function dropTestTemplate(adminUrl: string | undefined, template: string): Promise<void> {
  if (adminUrl) await runAdmin(adminUrl, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  else fs.rmSync(template, { force: true });
}
