'use strict';
// Which scenarios can run (the API has their fields, their data exists), their context (ids found in the data), and
// PostGraphile's schema bench_pg (views and functions, in the benchmark database only).
const { SCENARIOS, BENCH_PG_BASE_SQL } = require('./scenarios.cjs');

// `scenarioIds`: null for all; « 2 » takes 2a and 2b.
async function prepareScenarios({ client, rootFields, context, scenarioIds, withPostgraphile, skipped }) {
  const active = [];
  for (const scenario of SCENARIOS) {
    if (scenarioIds && !scenarioIds.some((id) => scenario.id === id || scenario.id.replace(/[a-z]$/, '') === id)) continue;
    const missing = scenario.requires.filter((f) => !rootFields.has(f));
    if (missing.length > 0) {
      skipped.push({ id: scenario.id, titre: scenario.titre, raison: `champ(s) absent(s) de l'API : ${missing.join(', ')}` });
      continue;
    }
    const prepared = scenario.prepare ? await scenario.prepare(client, context) : {};
    if (prepared.skip) {
      skipped.push({ id: scenario.id, titre: scenario.titre, raison: prepared.skip });
      continue;
    }
    Object.assign(context, prepared);
    active.push(scenario);
  }
  if (withPostgraphile) {
    await client.query('DROP SCHEMA IF EXISTS bench_pg CASCADE');
    await client.query(BENCH_PG_BASE_SQL);
    for (const scenario of active) {
      if (scenario.pgSetup) await client.query(scenario.pgSetup(context));
    }
  }
  return active;
}

module.exports = { prepareScenarios, SCENARIOS };
