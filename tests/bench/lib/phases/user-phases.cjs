'use strict';
// What users wait for besides the reads (issue 18): writes, the first requests after a restart, the dashboard's views,
// the embedded backend. Each runs when its phase is asked for (lib/options.cjs).
const path = require('node:path');
const { stopProcess } = require('../processes.cjs');
const { request, requestFor } = require('../http-client.cjs');
const { startOurs } = require('../servers.cjs');
const { SCENARIOS } = require('../scenario-setup.cjs');
const { pinServer, pinLoadGenerator, unpinLoadGenerator } = require('../affinity.cjs');
const { measureFirstRequests } = require('../cold-paths.cjs');
const { runWritesPhase } = require('../writes/writes-phase.cjs');
const { measureViews } = require('../dashboard-views.cjs');
const { entryChunk } = require('../dashboard.cjs');
const { replayViews } = require('../embedded.cjs');

const DASHBOARD_DIST = path.resolve(__dirname, '../../../../packages/dashboard/dist');

async function runWrites({ options, results, env, harness, log }) {
  const lecture = SCENARIOS.find((s) => s.id === '3');
  results.ecritures = await runWritesPhase({
    port: env.servers.ours.port,
    databaseUrl: env.databaseUrl,
    readSpec: requestFor('ours', lecture, env.context),
    readLabel: `3 (${lecture.titre})`,
    quick: options.quick,
    duration: options.duration,
    restore: !options.quick,
    label: `banc d'essai ${results.startedAt}`,
    beforeRun: harness.pinNewBackends,
    serverLog: () => env.servers.ours.log(),
    log,
  });
}

// Our API stopped and started again on the same (warm) database; `env.servers.ours` is the new process.
async function measureRestart({ results, env, harness, log }) {
  await stopProcess(env.servers.ours.child);
  const restarted = Date.now();
  env.servers.ours = await startOurs({ databaseUrl: env.databaseUrl, poolSize: env.poolSize, timeoutMs: 120_000 });
  pinServer(harness.affinity, env.servers.ours.child.pid);
  const demarrageS = (Date.now() - restarted) / 1000;
  results.froid.redemarrage = { demarrageS, premieres: await measureFirstRequests({ port: env.servers.ours.port, scenarios: env.active, context: env.context }) };
  log(`après redémarrage : ${results.froid.redemarrage.premieres.map((p) => `${p.id} ${p.ms.toFixed(0)} ms`).join(', ')}`);
}

async function firstPoleId(port) {
  const body = JSON.stringify({ query: '{ poles(first: 1) { nodes { id } } }' });
  const res = await request({ port, method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body });
  return JSON.parse(res.text).data.poles.nodes[0]?.id;
}

// The initial chunk, then each view's time to data (also when only the embedded phase needs their requests).
async function runDashboard({ options, plan, results, env, harness, log }) {
  try {
    results.dashboard.entryChunk = entryChunk(DASHBOARD_DIST);
  } catch (error) {
    results.dashboard.entryChunkError = error.message;
  }
  if (!plan.phases.has('vues') && !(plan.phases.has('embarque') && !options.skipBrowser)) {
    results.dashboard.vuesErreur = options.skipBrowser ? 'option --skip-browser' : 'phase non demandée';
    return;
  }
  const { port } = env.servers.ours;
  unpinLoadGenerator(harness.affinity);
  try {
    env.context.poleId ??= await firstPoleId(port);
    results.dashboard.vues = await measureViews({ baseUrl: `http://127.0.0.1:${port}`, context: env.context, passes: options.quick ? 1 : 2, timeoutMs: options.quick ? 30_000 : 60_000, log });
  } catch (error) {
    results.dashboard.vuesErreur = error.message.split('\n')[0];
  } finally {
    pinLoadGenerator(harness.affinity);
  }
}

async function runEmbedded({ options, results, env }) {
  const vues = results.dashboard.vues?.filter((v) => v.requetes?.length) ?? [];
  if (vues.length === 0) {
    results.embarque = { skip: 'aucune requête de vue enregistrée (la phase « vues » les relève dans le navigateur)' };
  } else {
    const repetitions = options.quick ? 3 : 11;
    results.embarque = {
      demarrageS: env.servers.embedded.demarrageS,
      modele: Boolean(results.embarqueModele),
      repetitions,
      pglite: await replayViews(env.servers.embedded.port, vues, repetitions),
      postgresql: await replayViews(env.servers.ours.port, vues, repetitions),
    };
  }
  await stopProcess(env.servers.embedded.child);
}

module.exports = { runWrites, measureRestart, runDashboard, runEmbedded };
