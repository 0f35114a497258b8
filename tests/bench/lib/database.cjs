'use strict';
// The benchmark database: created on the local PostgreSQL server, migrated and seeded by our API on its
// first start, then given the synthetic point layer and the `bench_pg` schema that PostGraphile serves.
const { Client } = require('pg');

async function withClient(url, fn) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function ensureDatabase(options) {
  const adminUrl = `${options.pgBase}/postgres`;
  await withClient(adminUrl, async (client) => {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (exists.rowCount > 0 && options.fresh) {
      await client.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [options.database],
      );
      await client.query(`DROP DATABASE ${options.database}`);
    }
    if (exists.rowCount === 0 || options.fresh) await client.query(`CREATE DATABASE ${options.database}`);
  });
  return `${options.pgBase}/${options.database}`;
}

async function countRows(url, sql) {
  return withClient(url, async (client) => {
    try {
      const result = await client.query(sql);
      return Number(result.rows[0].n);
    } catch {
      return null;
    }
  });
}

// Facts about the loaded reference data, printed with the results (what the scenarios ran against).
async function describeData(url) {
  return withClient(url, async (client) => {
    const count = async (sql) => {
      try {
        return Number((await client.query(sql)).rows[0].n);
      } catch {
        return null;
      }
    };
    return {
      communes: await count("SELECT count(*) AS n FROM territoire WHERE niveau = 'COMMUNE'"),
      departements: await count("SELECT count(*) AS n FROM territoire WHERE niveau = 'DEPARTEMENT'"),
      pays: await count("SELECT count(*) AS n FROM territoire WHERE niveau = 'PAYS'"),
      poles: await count('SELECT count(*) AS n FROM pole WHERE supprime_le IS NULL'),
      pointsSynthetiques: await count(
        'SELECT count(*) AS n FROM point_couche p JOIN couche_points c ON c.id = p.couche_id WHERE c.synthetique',
      ),
      postgres: (await client.query('SHOW server_version')).rows[0].server_version,
    };
  });
}

// After a load run the peers may still be working through requests the load generator gave up on: wait
// until the benchmark database has no active statement left (bounded), so that runs do not overlap.
// Past the deadline, the statements still running are cancelled (this database is the harness's own).
async function waitIdle(client, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  const active = "FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()";
  while (Date.now() < deadline) {
    const r = await client.query(`SELECT count(*)::int AS n ${active}`);
    if (r.rows[0].n === 0) return { idle: true, cancelled: 0 };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const cancelled = await client.query(`SELECT count(*) FILTER (WHERE pg_cancel_backend(pid))::int AS n ${active}`);
  await new Promise((resolve) => setTimeout(resolve, 500));
  return { idle: false, cancelled: cancelled.rows[0].n };
}

module.exports = { withClient, ensureDatabase, countRows, describeData, waitIdle };
