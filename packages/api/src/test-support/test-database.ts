import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { migrateDatabase, openDatabase, type Database } from '../database/open-database';

// A fresh database per test file: a new PostgreSQL database when TEST_DATABASE_URL is set,
// an in-memory PGlite otherwise. Migrations are applied; close() drops everything.
export async function createTestDatabase(): Promise<Database> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const database = await openDatabase({ dataDir: null });
    await migrateDatabase(database.dataSource);
    return database;
  }
  const name = `poles_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await runAdmin(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), dataDir: null });
  await migrateDatabase(database.dataSource);
  return {
    ...database,
    async close() {
      await database.close();
      await runAdmin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function runAdmin(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
