'use strict';
// The servers the harness starts: our API (on the benchmark database, with or without its response cache, or on the
// embedded PGlite), PostGraphile and the raw-SQL server. Each prints its port when ready.
const os = require('node:os');
const path = require('node:path');
const { startProcess } = require('./processes.cjs');

const BENCH_DIR = path.resolve(__dirname, '..');
const OURS_READY = /http:\/\/localhost:(\d+)\//;

function startOurs({ name = 'API Pôles ESS', databaseUrl, poolSize, dataDir, extraEnv = {}, timeoutMs }) {
  return startProcess({
    name,
    command: process.execPath,
    args: [path.join(BENCH_DIR, 'api-server.cjs')],
    env: {
      // Empty: the embedded default, as `pnpm start` without DATABASE_URL.
      DATABASE_URL: databaseUrl ?? '',
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir ?? path.join(os.tmpdir(), 'poles-bench-data'),
      ...(poolSize ? { DATABASE_POOL_SIZE: String(poolSize) } : {}),
      ...extraEnv,
    },
    readyPattern: OURS_READY,
    timeoutMs,
  });
}

function startPostgraphile({ databaseUrl, poolSize, node22 }) {
  return startProcess({
    name: 'PostGraphile',
    command: node22 ?? process.execPath,
    args: [path.join(BENCH_DIR, 'postgraphile-server.mjs')],
    env: { DATABASE_URL: databaseUrl, PORT: '0', POOL_SIZE: String(poolSize) },
    readyPattern: /READY (\d+)/,
    timeoutMs: 120_000,
  });
}

function startRaw({ databaseUrl, poolSize, context, scenarioIds }) {
  return startProcess({
    name: 'SQL brut',
    command: process.execPath,
    args: [path.join(BENCH_DIR, 'raw-server.cjs')],
    env: { DATABASE_URL: databaseUrl, PORT: '0', POOL_SIZE: String(poolSize), BENCH_CONTEXT: JSON.stringify(context), BENCH_SCENARIOS: scenarioIds.join(',') },
    readyPattern: /READY (\d+)/,
    timeoutMs: 60_000,
  });
}

module.exports = { startOurs, startPostgraphile, startRaw };
