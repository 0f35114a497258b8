'use strict';
// `pnpm bench` (issue 7): our API vs PostGraphile 5 vs hand-written SQL on the same PostgreSQL + PostGIS
// database, scenario by scenario, peers interleaved. See tests/bench/README.md for the options.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { parseOptions } = require('./lib/options.cjs');
const { startProcess, stopProcess, stopAll } = require('./lib/processes.cjs');
const { Client } = require('pg');
const { ensureDatabase, describeData, withClient, waitIdle } = require('./lib/database.cjs');
const { loadSyntheticLayer } = require('./lib/synthetic-layer.cjs');
const { probe, request } = require('./lib/http-client.cjs');
const { firstDifference } = require('./lib/compare.cjs');
const { runLoad } = require('./lib/load.cjs');
const { cpuSnapshot, cpuPerRequest, waitPeersQuiet } = require('./lib/cpu.cjs');
const { summarise, writeResults } = require('./lib/report.cjs');
const { entryChunk, firstMapPaint } = require('./lib/dashboard.cjs');
const { SCENARIOS, BENCH_PG_BASE_SQL } = require('./lib/scenarios.cjs');

const REPO = path.resolve(__dirname, '../..');
const log = (message) => console.log(`[bench] ${message}`);

class HarnessError extends Error {}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const results = {
    startedAt: new Date().toISOString(),
    options,
    node: process.version,
    machine: `${os.cpus().length} cœurs, ${(os.totalmem() / 2 ** 30).toFixed(0)} Go`,
    poolSize: null,
    postgraphileRuntime: options.node22 ? `node22 (${options.node22})` : `${process.version} + polyfill Promise.withResolvers`,
    scenarios: [],
    skipped: [],
    dashboard: {},
  };

  if (!options.noBuild) {
    log('construction : shared, api, dashboard…');
    execFileSync('pnpm', ['--filter', '@poles-ess/shared', 'build'], { cwd: REPO, stdio: 'inherit' });
    execFileSync('pnpm', ['--filter', '@poles-ess/api', 'build'], { cwd: REPO, stdio: 'inherit' });
    try {
      // The quick mode only proves the harness: an existing dashboard build is good enough there.
      const built = fs.existsSync(path.join(REPO, 'packages/dashboard/dist/index.html'));
      if (!options.quick || !built) {
        execFileSync('pnpm', ['--filter', '@poles-ess/dashboard', 'build'], { cwd: REPO, stdio: 'pipe' });
      }
    } catch (error) {
      results.dashboard.buildError = String(error.stderr ?? error.message).slice(-400);
      log('tableau de bord : la construction a échoué (chiffres du tableau de bord n/a)');
    }
  }

  // Every peer gets the pool our API opens by default (DATABASE_POOL_SIZE unset), read from the built API.
  const POOL_SIZE = String(require('../../packages/api/dist/config/env.js').defaultPoolSize());
  results.poolSize = Number(POOL_SIZE);
  const databaseUrl = await ensureDatabase(options);
  log(`base ${databaseUrl}`);
  const ours = await startProcess({
    name: 'API Pôles ESS',
    command: process.execPath,
    args: [path.join(__dirname, 'api-server.cjs')],
    env: { DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1', DATA_DIR: path.join(os.tmpdir(), 'poles-bench-data'), DATABASE_POOL_SIZE: POOL_SIZE },
    readyPattern: /http:\/\/localhost:(\d+)\//,
    timeoutMs: (options.quick ? 240 : 900) * 1000,
  });
  log(`API prête sur le port ${ours.port} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  // The cached run (issue 7: « report a cached run separately »): the same API, its response cache on.
  const oursCache = options.cache
    ? await startProcess({
        name: 'API Pôles ESS (cache de réponses)',
        command: process.execPath,
        args: [path.join(__dirname, 'api-server.cjs')],
        env: { DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1', DATA_DIR: path.join(os.tmpdir(), 'poles-bench-data'), DATABASE_POOL_SIZE: POOL_SIZE, CACHE_REPONSES_SECONDES: '3600' },
        readyPattern: /http:\/\/localhost:(\d+)\//,
        timeoutMs: 120_000,
      })
    : null;

  const rootFields = await queryRootFields(ours.port);
  const layer = await loadSyntheticLayer(databaseUrl, options, log);
  log(`couche synthétique : ${layer.points} points${layer.reused ? ' (déjà chargée)' : ''}`);
  // Planner statistics as autovacuum would leave them on a running server (the seed does not analyse).
  await withClient(databaseUrl, (client) => client.query('ANALYZE'));
  results.data = await describeData(databaseUrl);

  // Which scenarios can run: the API has the fields, and the data they need exists.
  const context = { couche: layer.couche };
  const active = [];
  await withClient(databaseUrl, async (client) => {
    for (const scenario of SCENARIOS) {
      // `--only 2` takes 2a and 2b.
      if (options.only && !options.only.some((id) => scenario.id === id || scenario.id.replace(/[a-z]$/, '') === id)) continue;
      const missing = scenario.requires.filter((f) => !rootFields.has(f));
      if (missing.length > 0) {
        results.skipped.push({ id: scenario.id, titre: scenario.titre, raison: `champ(s) absent(s) de l'API : ${missing.join(', ')}` });
        continue;
      }
      const prepared = scenario.prepare ? await scenario.prepare(client, context) : {};
      if (prepared.skip) {
        results.skipped.push({ id: scenario.id, titre: scenario.titre, raison: prepared.skip });
        continue;
      }
      Object.assign(context, prepared);
      active.push(scenario);
    }
    // PostGraphile's schema: views and functions in bench_pg, in the benchmark database only.
    await client.query('DROP SCHEMA IF EXISTS bench_pg CASCADE');
    await client.query(BENCH_PG_BASE_SQL);
    for (const scenario of active) {
      if (scenario.pgSetup) await client.query(scenario.pgSetup(context));
    }
  });
  for (const s of results.skipped) log(`scénario ${s.id} ignoré : ${s.raison}`);

  const postgraphile = await startProcess({
    name: 'PostGraphile',
    command: options.node22 ?? process.execPath,
    args: [path.join(__dirname, 'postgraphile-server.mjs')],
    env: { DATABASE_URL: databaseUrl, PORT: '0', POOL_SIZE },
    readyPattern: /READY (\d+)/,
    timeoutMs: 120_000,
  });
  const raw = await startProcess({
    name: 'SQL brut',
    command: process.execPath,
    args: [path.join(__dirname, 'raw-server.cjs')],
    env: { DATABASE_URL: databaseUrl, PORT: '0', POOL_SIZE, BENCH_CONTEXT: JSON.stringify(context), BENCH_SCENARIOS: active.map((s) => s.id).join(',') },
    readyPattern: /READY (\d+)/,
    timeoutMs: 60_000,
  });
  const ports = { ours: ours.port, postgraphile: postgraphile.port, raw: raw.port, oursCache: oursCache?.port };
  const monitor = new Client({ connectionString: databaseUrl });
  await monitor.connect();
  const idleTimeoutMs = options.quick ? 5_000 : 15_000;
  const peers = [ours, postgraphile, raw, ...(oursCache ? [oursCache] : [])];
  const pids = { ours: ours.child.pid, postgraphile: postgraphile.child.pid, raw: raw.child.pid, oursCache: oursCache?.child.pid };
  const measure = async (args) => {
    const before = cpuSnapshot(pids[args.target]);
    const run = await runLoad(args);
    Object.assign(run, cpuPerRequest(before, cpuSnapshot(pids[args.target]), run.requests));
    const dead = peers.find((peer) => peer.child.exitCode !== null || peer.child.signalCode !== null);
    if (dead) {
      throw new HarnessError(
        `${dead.name} s'est arrêté pendant les mesures (code ${dead.child.exitCode}, signal ${dead.child.signalCode}) :\n${dead.log().split('\n').slice(-15).join('\n')}`,
      );
    }
    const idle = await waitIdle(monitor, idleTimeoutMs);
    await waitPeersQuiet(Object.values(pids).filter(Boolean), options.quick ? 2_000 : idleTimeoutMs);
    if (!idle.idle) {
      run.annulees = idle.cancelled;
      log(`attention : base encore occupée ${idleTimeoutMs / 1000} s après la mesure, ${idle.cancelled} requête(s) SQL annulée(s)`);
    }
    return run;
  };
  const targetsOf = (scenario) => ['ours', ...(scenario.postgraphile ? ['postgraphile'] : []), ...(scenario.raw ? ['raw'] : []), ...(oursCache ? ['oursCache'] : [])];

  // Same data from every peer before any timing.
  for (const scenario of active) {
    const probes = {};
    const normalised = {};
    for (const target of targetsOf(scenario)) {
      probes[target] = await probe(target, ports[target], scenario, context);
      normalised[target] = scenario.normalise[target === 'oursCache' ? 'ours' : target](probes[target].json.data, context);
    }
    for (const target of Object.keys(normalised).filter((t) => t !== 'ours')) {
      const difference = firstDifference(normalised.ours, normalised[target]);
      if (difference) {
        throw new HarnessError(`scénario ${scenario.id} : réponses différentes entre Pôles ESS et ${target} : ${difference}`);
      }
    }
    if (scenario.check) {
      const problem = scenario.check(normalised.ours, context);
      if (problem) throw new HarnessError(`scénario ${scenario.id} : ${problem}`);
    }
    for (const p of Object.values(probes)) delete p.json;
    // The same query with a result of another size (more or fewer territories, cells, rows): its SQL statement
    // count must be the same (issue 7: statements per request independent of result size).
    let autreTaille = null;
    if (scenario.autreTaille) {
      const autre = await probe('ours', ports.ours, { ...scenario, ours: (c) => scenario.autreTaille(scenario.ours(c), c) }, context);
      autreTaille = { bytes: autre.bytes, sqlStatements: autre.sqlStatements };
    }
    results.scenarios.push({ id: scenario.id, titre: scenario.titre, probes, autreTaille, runs: [] });
    log(
      `scénario ${scenario.id} : réponses identiques (${Object.entries(probes).map(([t, p]) => `${t} ${p.ms} ms`).join(', ')})`,
    );
  }
  // The quick mode proves the harness: a scenario whose single request takes seconds is compared, not loaded.
  const loaded = active.filter((scenario) => {
    const slowest = Math.max(...Object.values(results.scenarios.find((s) => s.id === scenario.id).probes).map((p) => p.ms));
    if (!options.quick || slowest <= 2000) return true;
    results.skipped.push({ id: scenario.id, titre: scenario.titre, raison: `mode quick : réponses comparées, pas de charge (requête seule ${slowest} ms)` });
    return false;
  });

  // Warm-up (not recorded): JIT, pools, PostgreSQL caches and plans of every peer.
  const warmup = options.quick ? 1 : 3;
  for (const scenario of loaded) {
    for (const target of targetsOf(scenario)) {
      await measure({ target, port: ports[target], scenario, context, connections: 10, duration: warmup });
    }
  }
  log(`échauffement terminé (${warmup} s par pair et par scénario)`);

  // Interleaved A/B(/C): the peer order rotates with each repetition.
  for (let rep = 0; rep < options.repetitions; rep += 1) {
    for (const scenario of loaded) {
      const entry = results.scenarios.find((s) => s.id === scenario.id);
      // The cached peer is reported apart, from the first repetition only.
      const targets = targetsOf(scenario).filter((t) => t !== 'oursCache' || rep === 0);
      const order = targets.map((_, i) => targets[(i + rep) % targets.length]);
      for (const connections of options.connections) {
        for (const target of order) {
          const run = await measure({ target, port: ports[target], scenario, context, connections, duration: options.duration });
          entry.runs.push({ repetition: rep + 1, target, connections, ...run });
          log(
            `r${rep + 1} ${scenario.id} ${target.padEnd(12)} @${connections}: ${run.requestsPerSecond.toFixed(0)} req/s, ` +
              `p50 ${run.p50} ms, p99 ${run.p99} ms, CPU/req serveur ${run.cpuServeurMs?.toFixed(2)} ms, PostgreSQL ${run.cpuPostgresMs?.toFixed(2)} ms${run.errors + run.non2xx ? `, ${run.errors + run.non2xx} erreurs` : ''}`,
          );
        }
      }
    }
  }
  await monitor.end();
  await stopProcess(postgraphile.child);
  await stopProcess(raw.child);
  if (oursCache) await stopProcess(oursCache.child);

  await measureDashboard(results, ours.port, options);
  await stopProcess(ours.child);

  const summary = summarise(results, options.connections);
  results.durationSeconds = Math.round((Date.now() - started) / 1000);
  const markdown = writeResults(path.join(__dirname, 'results'), results, summary);
  console.log(`\n${markdown}`);
  log(`terminé en ${results.durationSeconds} s`);
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
  if (!json.data) throw new HarnessError(`introspection de l'API impossible : ${res.text.slice(0, 300)}`);
  return new Set(json.data.__schema.queryType.fields.map((f) => f.name));
}

async function measureDashboard(results, port, options) {
  const dist = path.join(REPO, 'packages/dashboard/dist');
  try {
    results.dashboard.entryChunk = entryChunk(dist);
  } catch (error) {
    results.dashboard.entryChunkError = error.message;
  }
  if (options.skipBrowser) {
    results.dashboard.firstPaintError = 'option --skip-browser';
    return;
  }
  try {
    results.dashboard.firstPaint = await firstMapPaint(`http://127.0.0.1:${port}/`, options.quick ? 20_000 : 120_000);
  } catch (error) {
    results.dashboard.firstPaintError = error.message.split('\n')[0];
  }
}

// Interrupted: stop the servers and the browser first.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`\n[bench] ${signal} : arrêt des processus démarrés…`);
    stopAll().finally(() => process.exit(130));
  });
}

main()
  .catch((error) => {
    console.error(`\n[bench] ÉCHEC : ${error instanceof HarnessError ? '' : '(harnais) '}${error.stack ?? error}`);
    process.exitCode = 1;
  })
  .finally(async () => {
    await stopAll();
    // Open handles (a pg client left by a failure, Chromium pipes) must not keep the harness alive.
    process.exit(process.exitCode ?? 0);
  });
