'use strict';
// One measured load run against one peer: the benchmark database's backends pinned beside the servers, PostgreSQL CPU
// and the server's memory sampled, the bodies checked against the probe's answer; then the database and the peers
// left to settle so that runs do not overlap.
const { startLoad } = require('./load.cjs');
const { requestFor } = require('./http-client.cjs');
const { startRunSampler, listBenchBackends } = require('./run-sampler.cjs');
const { createBodyCheck } = require('./body-check.cjs');
const { waitIdle } = require('./database.cjs');
const { waitPeersQuiet } = require('./cpu.cjs');

class PeerStoppedError extends Error {}

// `peers`: target → { name, child, port }, every server that must stay up. `expected`: target → { text, normalised }.
function createMeasure({ database, monitor, monitorPid, peers, pinBackends, quick, log }) {
  const idleTimeoutMs = quick ? 5_000 : 15_000;
  const exclude = new Set([monitorPid]);
  return async ({ target, scenario, context, connections, duration, amount, expected, settle = true }) => {
    const peer = peers[target];
    pinBackends(listBenchBackends(database, exclude) ?? []);
    const normalise = scenario.normalise[target === 'oursCache' ? 'ours' : target];
    const check = expected
      ? createBodyCheck({
          expectedText: expected.text,
          expected: expected.normalised,
          normalise: (data) => normalise(data, context),
          everyMs: Math.max(100, ((duration ?? 1) * 1000) / 20),
        })
      : null;
    const sampler = startRunSampler({ database, exclude, serverPid: peer.child.pid });
    const run = await startLoad({ port: peer.port, spec: requestFor(target, scenario, context), connections, duration, amount, verifyBody: check?.verify }).done;
    const sampled = sampler.stop();
    const per = (ms) => (ms == null || !run.requests ? null : ms / run.requests);
    Object.assign(run, {
      cpuServeurMs: per(sampled.serveurMs),
      cpuPostgresMs: per(sampled.postgresMs),
      backendsPostgres: sampled.backends,
      rssPicMo: sampled.rssPeakKb == null ? null : sampled.rssPeakKb / 1024,
      corps: check?.state ?? null,
    });
    const dead = Object.values(peers).find((p) => p.child.exitCode !== null || p.child.signalCode !== null);
    if (dead) {
      throw new PeerStoppedError(
        `${dead.name} s'est arrêté pendant les mesures (code ${dead.child.exitCode}, signal ${dead.child.signalCode}) :\n${dead.log().split('\n').slice(-15).join('\n')}`,
      );
    }
    if (!settle) return run;
    const idle = await waitIdle(monitor, idleTimeoutMs);
    await waitPeersQuiet(Object.values(peers).map((p) => p.child.pid), quick ? 2_000 : idleTimeoutMs);
    if (!idle.idle) {
      run.annulees = idle.cancelled;
      log(`attention : base encore occupée ${idleTimeoutMs / 1000} s après la mesure, ${idle.cancelled} requête(s) SQL annulée(s)`);
    }
    return run;
  };
}

// The log line of one run.
function describeRun(run) {
  const fmt = (n, d = 2) => (n == null ? 'n/a' : n.toFixed(d));
  const corps = run.corps;
  const problems = [
    run.errors + run.non2xx ? `${run.errors + run.non2xx} erreurs HTTP` : null,
    corps?.erreursGraphql ? `${corps.erreursGraphql} corps avec « errors »` : null,
    corps?.differences ? `${corps.differences}/${corps.comparees} corps différents de la sonde (${corps.exemple})` : null,
  ].filter(Boolean);
  return (
    `${run.requestsPerSecond.toFixed(0)} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms, CPU/req serveur ${fmt(run.cpuServeurMs)} ms, ` +
    `PostgreSQL ${fmt(run.cpuPostgresMs)} ms, autocannon ${fmt(run.cpuChargeMs)} ms (${fmt(run.chargeCoeur * 100, 0)} % d'un cœur), ` +
    `RSS max ${fmt(run.rssPicMo, 0)} Mo${corps ? `, ${corps.comparees} corps comparés` : ''}${problems.length ? ` — ${problems.join(', ')}` : ''}`
  );
}

module.exports = { createMeasure, describeRun, PeerStoppedError };
