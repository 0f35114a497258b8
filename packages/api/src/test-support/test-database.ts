import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { openApp } from '../app/open-app';
import type { AppServices } from '../context';

export interface TestApp extends AppServices {
  close(): Promise<void>;
}

// A fresh database: a new PostgreSQL database when TEST_DATABASE_URL is set, an in-memory PGlite otherwise.
// Migrations are applied; close() drops everything.
export async function createTestDatabase(): Promise<TestApp> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const services = await openApp({ dataDir: null });
    return { ...services, close: () => services.db.close() };
  }
  const name = `poles_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await runAdmin(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const services = await openApp({ databaseUrl: url.toString(), dataDir: null, poolSize: 4 });
  return {
    ...services,
    async close() {
      await services.db.close();
      await runAdmin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function runAdmin(url: string, statement: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
