'use strict';
// The read scenarios under load: a warm-up of every peer (JIT, pools, PostgreSQL caches and plans; not recorded),
// then for each repetition, scenario and connection count, the peers in an order that rotates with each repetition.
const { describeRun } = require('./measure.cjs');

async function runReadScenarios({ scenarios, entries, expected, targetsOf, measure, context, options, log }) {
  const warmup = options.quick ? 1 : 3;
  for (const scenario of scenarios) {
    const targets = targetsOf(scenario);
    for (const [i, target] of targets.entries()) {
      // Quick: the peers settle after the scenario's last warm-up only.
      await measure({ target, scenario, context, connections: 10, duration: warmup, settle: !options.quick || i === targets.length - 1 });
    }
  }
  log(`échauffement terminé (${warmup} s par pair et par scénario)`);

  for (let rep = 0; rep < options.repetitions; rep += 1) {
    for (const scenario of scenarios) {
      const entry = entries.get(scenario.id);
      // The cached peer is reported apart, from the first repetition only.
      const targets = targetsOf(scenario).filter((t) => t !== 'oursCache' || rep === 0);
      const order = targets.map((_, i) => targets[(i + rep) % targets.length]);
      for (const connections of options.connections) {
        for (const target of order) {
          const run = await measure({ target, scenario, context, connections, duration: options.duration, expected: expected.get(scenario.id)[target] });
          entry.runs.push({ repetition: rep + 1, target, connections, ...run });
          log(`r${rep + 1} ${scenario.id} ${target.padEnd(12)} @${connections}: ${describeRun(run)}`);
        }
      }
    }
  }
}

module.exports = { runReadScenarios };
