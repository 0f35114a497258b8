'use strict';
// `pnpm bench` (issues 7 and 18): our API vs PostGraphile 5 vs raw SQL on the same PostgreSQL + PostGIS database,
// scenario by scenario, peers interleaved; then what users wait for: writes, cold paths, the dashboard's views, the
// embedded backend. See tests/bench/README.md for the options and the method.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { parseOptions, phasesOf } = require('./lib/options.cjs');
const { stopProcess, stopAll } = require('./lib/processes.cjs');
const { AnswerMismatchError } = require('./lib/probes.cjs');
const { PeerStoppedError } = require('./lib/measure.cjs');
const { buildProducts, startEnvironment } = require('./lib/phases/environment.cjs');
const { startMeasuring } = require('./lib/phases/measuring.cjs');
const { runReadPhase } = require('./lib/phases/read-phase.cjs');
const { runWrites, measureRestart, runDashboard, runEmbedded } = require('./lib/phases/user-phases.cjs');
const { writeResults } = require('./lib/report.cjs');

const log = (message) => console.log(`[bench] ${message}`);
const loadavg = () => os.loadavg().map((n) => n.toFixed(2));
const uptime = () => execFileSync('uptime').toString().trim();
// Removed at the end, also after a failure (the embedded backend's fresh DATA_DIR).
const temporaryDirs = [];

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const plan = phasesOf(options);
  const started = Date.now();
  const results = {
    startedAt: new Date().toISOString(),
    options,
    node: process.version,
    machine: `${os.cpus().length} cœurs, ${(os.totalmem() / 2 ** 30).toFixed(0)} Go`,
    chargeMachine: { avant: loadavg(), uptimeAvant: uptime() },
    postgraphileRuntime: options.node22 ? `node22 (${options.node22})` : `${process.version} + polyfill Promise.withResolvers`,
    scenarios: [],
    skipped: [],
    dashboard: {},
  };
  log(`charge avant : ${results.chargeMachine.uptimeAvant}`);
  if (!options.noBuild) buildProducts(options, results, log);

  const env = await startEnvironment({ options, plan, results, started, temporaryDirs, log });
  const harness = await startMeasuring({ options, results, env, log });
  const phase = { options, plan, results, env, harness, log };
  await runReadPhase(phase);
  if (plan.phases.has('ecritures')) await runWrites(phase);
  await harness.monitor.end();
  if (plan.phases.has('froid')) await measureRestart(phase);
  await runDashboard(phase);
  if (env.servers.embedded) await runEmbedded(phase);
  for (const v of results.dashboard.vues ?? []) delete v.requetes;
  await stopProcess(env.servers.ours.child);

  results.chargeMachine.apres = loadavg();
  results.chargeMachine.uptimeApres = uptime();
  results.durationSeconds = Math.round((Date.now() - started) / 1000);
  const markdown = writeResults(path.join(__dirname, 'results'), results);
  console.log(`\n${markdown}`);
  log(`terminé en ${results.durationSeconds} s ; charge après : ${results.chargeMachine.uptimeApres}`);
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
    const known = error instanceof AnswerMismatchError || error instanceof PeerStoppedError;
    console.error(`\n[bench] ÉCHEC : ${known ? '' : '(harnais) '}${error.stack ?? error}`);
    process.exitCode = 1;
  })
  .finally(async () => {
    await stopAll();
    for (const dir of temporaryDirs) fs.rmSync(dir, { recursive: true, force: true });
    // Open handles (a pg client left by a failure, Chromium pipes) must not keep the harness alive.
    process.exit(process.exitCode ?? 0);
  });
