'use strict';
// From here on, what is measured runs pinned (this process, autocannon, on one core; the servers and the benchmark
// database's backends on the others), watched by a monitoring connection of its own.
const { Client } = require('pg');
const { planAffinity, pinLoadGenerator, pinServer, createBackendPinner, describeAffinity } = require('../affinity.cjs');
const { listBenchBackends } = require('../run-sampler.cjs');
const { createMeasure } = require('../measure.cjs');

async function startMeasuring({ options, results, env, log }) {
  const { ours, oursCache, postgraphile, raw, embedded } = env.servers;
  const affinity = planAffinity(options.pin);
  results.affinite = describeAffinity(affinity);
  log(`épinglage : ${results.affinite}`);
  pinLoadGenerator(affinity);
  for (const server of [ours, oursCache, postgraphile, raw, embedded].filter(Boolean)) pinServer(affinity, server.child.pid);
  const pinBackends = createBackendPinner(affinity);
  const monitor = new Client({ connectionString: env.databaseUrl });
  await monitor.connect();
  const monitorPid = (await monitor.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
  const peers = Object.fromEntries(Object.entries({ ours, postgraphile, raw, oursCache }).filter(([, p]) => p));
  return {
    affinity,
    monitor,
    ports: Object.fromEntries(Object.entries(peers).map(([t, p]) => [t, p.port])),
    measure: createMeasure({ database: options.database, monitor, monitorPid, peers, pinBackends, quick: options.quick, log }),
    targetsOf: (scenario) => ['ours', ...(scenario.postgraphile && postgraphile ? ['postgraphile'] : []), ...(scenario.raw && raw ? ['raw'] : []), ...(oursCache ? ['oursCache'] : [])],
    pinNewBackends: () => pinBackends(listBenchBackends(options.database, new Set([monitorPid])) ?? []),
  };
}

module.exports = { startMeasuring };
