import type { Pool } from 'pg';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { createTestDatabase } from '../test-support/test-database';
import type { Database } from '../database/open-database';
import { preparedQuery } from './prepared-query';

describe('preparedQuery', () => {
  let database: Database;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  it('still answers after the pooled connection is replaced (PGlite keeps one session across connections)', async () => {
    expect(await preparedQuery(database.dataSource, 'SELECT 41 + 1 AS reponse', [])).toEqual([{ reponse: 42 }]);
    const pool = (database.dataSource.driver as PostgresDriver).master as Pool;
    const client = await pool.connect();
    client.release(true);
    expect(await preparedQuery(database.dataSource, 'SELECT 41 + 1 AS reponse', [])).toEqual([{ reponse: 42 }]);
  });
});
