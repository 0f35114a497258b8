'use strict';
// Same data from every peer before any timing: each scenario's answer fetched once from each peer, normalised and
// compared; kept (text and normalised form) so that the bodies received under load can be checked against it.
const { probe } = require('./http-client.cjs');
const { firstDifference } = require('./compare.cjs');

class AnswerMismatchError extends Error {}

// `ports`: target → port. Returns { entry (for the results), expected: target → { text, normalised } }.
async function probeScenario({ scenario, targets, ports, context }) {
  const probes = {};
  const expected = {};
  for (const target of targets) {
    probes[target] = await probe(target, ports[target], scenario, context);
    expected[target] = {
      text: probes[target].text,
      normalised: scenario.normalise[target === 'oursCache' ? 'ours' : target](probes[target].json.data, context),
    };
  }
  for (const target of targets.filter((t) => t !== 'ours')) {
    const difference = firstDifference(expected.ours.normalised, expected[target].normalised);
    if (difference) throw new AnswerMismatchError(`scénario ${scenario.id} : réponses différentes entre Pôles ESS et ${target} : ${difference}`);
  }
  if (scenario.check) {
    const problem = scenario.check(expected.ours.normalised, context);
    if (problem) throw new AnswerMismatchError(`scénario ${scenario.id} : ${problem}`);
  }
  for (const p of Object.values(probes)) {
    delete p.json;
    delete p.text;
  }
  // The same query with a result of another size (more or fewer territories, cells, rows): its SQL statement count
  // must be the same (issue 7: statements per request independent of result size).
  let autreTaille = null;
  if (scenario.autreTaille) {
    const autre = await probe('ours', ports.ours, { ...scenario, ours: (c) => scenario.autreTaille(scenario.ours(c), c) }, context);
    autreTaille = { bytes: autre.bytes, sqlStatements: autre.sqlStatements };
  }
  const entry = { id: scenario.id, titre: scenario.titre, formePostgraphile: scenario.formePostgraphile, probes, autreTaille, runs: [] };
  return { entry, expected };
}

module.exports = { probeScenario, AnswerMismatchError };
