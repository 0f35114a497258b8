'use strict';
// Before any measurement: the products built, the benchmark database created (migrated and seeded by our API's first
// start), the synthetic point layer, the scenarios that can run and their context, and every server started.
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { ensureDatabase, describeData, withClient } = require('../database.cjs');
const { loadSyntheticLayer } = require('../synthetic-layer.cjs');
const { request } = require('../http-client.cjs');
const { startOurs, startPostgraphile, startRaw } = require('../servers.cjs');
const { stopProcess } = require('../processes.cjs');
const { prepareScenarios } = require('../scenario-setup.cjs');
const { freshDataDir } = require('../embedded.cjs');

const REPO = path.resolve(__dirname, '../../../..');

function buildProducts(options, results, log) {
  log('construction : shared, api, dashboard…');
  execFileSync('pnpm', ['--filter', '@poles-ess/shared', 'build'], { cwd: REPO, stdio: 'inherit' });
  execFileSync('pnpm', ['--filter', '@poles-ess/api', 'build'], { cwd: REPO, stdio: 'inherit' });
  try {
    // The quick mode only proves the harness: an existing dashboard build is good enough there.
    if (!options.quick || !fs.existsSync(path.join(REPO, 'packages/dashboard/dist/index.html'))) {
      execFileSync('pnpm', ['--filter', '@poles-ess/dashboard', 'build'], { cwd: REPO, stdio: 'pipe' });
    }
  } catch (error) {
    results.dashboard.buildError = String(error.stderr ?? error.message).slice(-400);
    log('tableau de bord : la construction a échoué (chiffres du tableau de bord n/a)');
  }
}

async function queryRootFields(port) {
  const res = await request({
    port,
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __schema { queryType { fields { name } } } }' }),
  });
  const json = JSON.parse(res.text);
  if (!json.data) throw new Error(`introspection de l'API impossible : ${res.text.slice(0, 300)}`);
  return new Set(json.data.__schema.queryType.fields.map((f) => f.name));
}

// `temporaryDirs`: filled with what must be removed at the end, also after a failure.
async function startEnvironment({ options, plan, results, started, temporaryDirs, log }) {
  // Every peer gets the pool our API opens by default (DATABASE_POOL_SIZE unset), read from the built API.
  const poolSize = require(path.join(REPO, 'packages/api/dist/config/env.js')).defaultPoolSize();
  results.poolSize = poolSize;
  const databaseUrl = await ensureDatabase(options);
  log(`base ${databaseUrl}`);
  // The embedded backend's first start (migrations, reference data into PGlite) overlaps ours; measured at the end.
  const embeddedDir = plan.phases.has('embarque') ? freshDataDir() : null;
  if (embeddedDir) temporaryDirs.push(embeddedDir);
  // Quick mode only proves the harness: with DATA_DIR_MODELE (a stopped `pnpm start`'s data directory, as CI has
  // after its smoke test) the embedded phase starts from a copy of it; its first start is then not measured.
  const modele = options.quick ? process.env.DATA_DIR_MODELE : undefined;
  if (embeddedDir && modele) fs.cpSync(modele, embeddedDir, { recursive: true });
  results.embarqueModele = Boolean(embeddedDir && modele);
  const embeddedStart = embeddedDir
    ? startOurs({ name: 'API Pôles ESS (PGlite)', dataDir: embeddedDir, timeoutMs: 900_000 }).then((p) => ({ ...p, demarrageS: (Date.now() - started) / 1000 }))
    : null;
  embeddedStart?.catch(() => undefined);
  const premier = await startOurs({ databaseUrl, poolSize, timeoutMs: (options.quick ? 240 : 900) * 1000 });
  // Measured: a server started on loaded data, as after any restart. A new database's first start loads the reference
  // data in the API's own process: its memory would count in the server's peak RSS. Restarted before any measure.
  await stopProcess(premier.child);
  const ours = await startOurs({ databaseUrl, poolSize, timeoutMs: 120_000 });
  log(`API prête sur le port ${ours.port} (${((Date.now() - started) / 1000).toFixed(0)} s, redémarrée sur la base chargée)`);
  // The cached run (issue 7: « report a cached run separately »): the same API, its response cache on.
  const oursCache =
    options.cache && plan.charge
      ? await startOurs({ name: 'API Pôles ESS (cache de réponses)', databaseUrl, poolSize, extraEnv: { CACHE_REPONSES_SECONDES: '3600' }, timeoutMs: 120_000 })
      : null;

  const rootFields = await queryRootFields(ours.port);
  const layer = await loadSyntheticLayer(databaseUrl, options, log);
  log(`couche synthétique : ${layer.points} points${layer.reused ? ' (déjà chargée)' : ''}`);
  // Planner statistics as autovacuum would leave them on a running server (the seed does not analyse).
  await withClient(databaseUrl, (client) => client.query('ANALYZE'));
  results.data = await describeData(databaseUrl);

  const context = { couche: layer.couche };
  const active = await withClient(databaseUrl, (client) =>
    prepareScenarios({ client, rootFields, context, scenarioIds: plan.scenarioIds, withPostgraphile: plan.charge, skipped: results.skipped }),
  );
  for (const s of results.skipped) log(`scénario ${s.id} ignoré : ${s.raison}`);
  const postgraphile = plan.charge ? await startPostgraphile({ databaseUrl, poolSize, node22: options.node22 }) : null;
  const raw = plan.charge ? await startRaw({ databaseUrl, poolSize, context, scenarioIds: active.map((s) => s.id) }) : null;
  // Nothing is measured while PGlite still loads its data.
  const embedded = embeddedStart ? await embeddedStart : null;
  if (embedded) log(`API sur PGlite prête (${embedded.demarrageS.toFixed(0)} s après le début)`);
  return { databaseUrl, poolSize, context, active, servers: { ours, oursCache, postgraphile, raw, embedded } };
}

module.exports = { buildProducts, startEnvironment };
