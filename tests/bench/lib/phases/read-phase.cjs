'use strict';
// The read scenarios: density from an empty cache first (the probes fill it), the answers compared between peers,
// then the load runs; PostGraphile, the raw-SQL server and the cached instance are stopped after them.
const { stopProcess } = require('../processes.cjs');
const { probeScenario } = require('../probes.cjs');
const { runReadScenarios } = require('../read-runs.cjs');
const { measureDensityCold } = require('../cold-paths.cjs');

async function runReadPhase({ options, plan, results, env, harness, log }) {
  const { context, active } = env;
  const { ours, oursCache, postgraphile, raw } = env.servers;
  if (plan.phases.has('froid')) {
    const densite = active.find((s) => s.id === '4');
    results.froid = {
      densite: densite
        ? await measureDensityCold({ port: ours.port, monitor: harness.monitor, scenario: densite, context, cached: options.quick ? 5 : 20 })
        : { skip: 'scénario 4 (densité) non disponible' },
    };
    const d = results.froid.densite;
    log(`densité, cache vide : ${d.skip ?? `${d.cacheVideMs.toFixed(0)} ms`}`);
  }

  const entries = new Map();
  const expected = new Map();
  for (const scenario of active) {
    const { entry, expected: answers } = await probeScenario({ scenario, targets: harness.targetsOf(scenario), ports: harness.ports, context });
    entries.set(scenario.id, entry);
    expected.set(scenario.id, answers);
    results.scenarios.push(entry);
    log(`scénario ${scenario.id} : réponses identiques (${Object.entries(entry.probes).map(([t, p]) => `${t} ${p.ms} ms`).join(', ')})`);
  }
  if (plan.charge) {
    // The quick mode proves the harness: a scenario whose single request takes seconds is compared, not loaded.
    const loaded = active.filter((scenario) => {
      const slowest = Math.max(...Object.values(entries.get(scenario.id).probes).map((p) => p.ms));
      if (!options.quick || slowest <= 2000) return true;
      results.skipped.push({ id: scenario.id, titre: scenario.titre, raison: `mode quick : réponses comparées, pas de charge (requête seule ${slowest} ms)` });
      return false;
    });
    await runReadScenarios({ scenarios: loaded, entries, expected, targetsOf: harness.targetsOf, measure: harness.measure, context, options, log });
  }
  for (const peer of [postgraphile, raw, oursCache].filter(Boolean)) await stopProcess(peer.child);
}

module.exports = { runReadPhase };
