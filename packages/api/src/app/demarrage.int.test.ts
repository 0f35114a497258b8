import { randomBytes } from 'node:crypto';
import { sql } from '../common/sql';
import type { AppServices, SeedStep } from '../context';
import { runAdmin } from '../test-support/test-template';
import { openApp } from './open-app';
import { seedIfEmpty } from './seed-steps';

// Several API instances on one PostgreSQL database: the advisory lock is a server feature (the embedded database
// serves one process by design).
const itPostgres = process.env.TEST_DATABASE_URL ? it : it.skip;

describe('API instances started together on an empty database', () => {
  const adminUrl = process.env.TEST_DATABASE_URL ?? '';
  const name = `poles_test_demarrage_${process.pid}_${randomBytes(3).toString('hex')}`;
  const opened: AppServices[] = [];

  afterAll(async () => {
    await Promise.all(opened.map((s) => s.db.close()));
    if (adminUrl) await runAdmin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  itPostgres('migrate and seed once: one instance loads, the other waits, then finds the data', async () => {
    await runAdmin(adminUrl, `CREATE DATABASE ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    let chargements = 0;
    // A step slow enough that the second instance arrives while the first is loading.
    const step: SeedStep = {
      name: 'couche de test',
      async isLoaded({ db }) {
        return (await db.query(sql`SELECT 1 FROM couche_points WHERE nom = 'démarrage'`)).length > 0;
      },
      async load({ db }) {
        chargements += 1;
        await new Promise((resolve) => setTimeout(resolve, 500));
        await db.query(sql`INSERT INTO couche_points (nom, source) VALUES ('démarrage', 'test')`);
      },
    };
    const logs: string[][] = [[], []];
    const start = async (i: number) => {
      // As main.ts opens it for the start: lock waits bounded (200 ms here, shorter than the other's load).
      const services = await openApp({ databaseUrl: url.toString(), dataDir: null, poolSize: 2, timeouts: { statementMs: 0, lockMs: 200 } }, (m) =>
        logs[i]!.push(m),
      );
      opened.push(services);
      await seedIfEmpty(services, (m) => logs[i]!.push(m), [step]);
      return services;
    };
    const [a, b] = await Promise.all([start(0), start(1)]);

    const migrations = logs.filter((l) => l.some((m) => m.startsWith('Migrations appliquées')));
    expect(migrations).toHaveLength(1);
    expect(chargements).toBe(1);
    expect(await a.db.query(sql`SELECT count(*)::int AS n FROM couche_points`)).toEqual([{ n: 1 }]);
    expect(await b.db.query(sql`SELECT count(*)::int AS n FROM couche_points WHERE nom = 'démarrage'`)).toEqual([{ n: 1 }]);
  });
});
