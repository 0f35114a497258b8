'use strict';
// The runs of each scenario reduced to medians per peer and connection count, and the throughput ratios with their
// spread over repetitions: each repetition's ratio (peers measured back to back in that repetition), min–max. A
// ratio to PostGraphile whose spread crosses 1.0 is a tie (« égalité »): the repetitions disagree on who is ahead.
const { median, ratio } = require('../stats.cjs');

const TARGETS = ['ours', 'postgraphile', 'raw', 'oursCache'];

function reduceRuns(at) {
  const sum = (f) => at.reduce((n, r) => n + (f(r) ?? 0), 0);
  return {
    requestsPerSecond: median(at.map((r) => r.requestsPerSecond)),
    p50: median(at.map((r) => r.p50)),
    p99: median(at.map((r) => r.p99)),
    cpuServeurMs: median(at.map((r) => r.cpuServeurMs)),
    cpuPostgresMs: median(at.map((r) => r.cpuPostgresMs)),
    cpuChargeMs: median(at.map((r) => r.cpuChargeMs)),
    chargeCoeur: median(at.map((r) => r.chargeCoeur)),
    rssPicMo: at.some((r) => r.rssPicMo != null) ? Math.max(...at.map((r) => r.rssPicMo ?? 0)) : null,
    errors: sum((r) => r.errors + r.non2xx),
    corps: {
      comparees: sum((r) => r.corps?.comparees),
      differences: sum((r) => r.corps?.differences),
      erreursGraphql: sum((r) => r.corps?.erreursGraphql),
      illisibles: sum((r) => r.corps?.illisibles),
      exemple: at.find((r) => r.corps?.exemple)?.corps.exemple ?? null,
    },
    repetitions: at.length,
  };
}

// Ratio of the medians, and each repetition's ratio for the spread.
function ratioWithSpread(runs, peer, connections) {
  const at = (target) => runs.filter((r) => r.target === target && r.connections === connections);
  const ours = at('ours');
  const other = at(peer);
  const perRepetition = ours
    .map((o) => ratio(o.requestsPerSecond, other.find((p) => p.repetition === o.repetition)?.requestsPerSecond))
    .filter((r) => r != null);
  const value = ratio(median(ours.map((r) => r.requestsPerSecond)), median(other.map((r) => r.requestsPerSecond)));
  if (value == null) return null;
  const min = perRepetition.length ? Math.min(...perRepetition) : null;
  const max = perRepetition.length ? Math.max(...perRepetition) : null;
  return { value, min, max, repetitions: perRepetition.length, egalite: min != null && min < 1 && max > 1 };
}

function summarise(results, connections) {
  return results.scenarios.map((s) => {
    const row = { id: s.id, titre: s.titre, formePostgraphile: s.formePostgraphile, probes: s.probes, autreTaille: s.autreTaille ?? null, parTarget: {}, ratios: {} };
    for (const target of TARGETS) {
      const runs = s.runs.filter((r) => r.target === target);
      if (runs.length === 0) continue;
      row.parTarget[target] = Object.fromEntries(connections.map((c) => [c, reduceRuns(runs.filter((r) => r.connections === c))]));
    }
    for (const c of connections) {
      row.ratios[c] = {
        oursSurPostgraphile: ratioWithSpread(s.runs, 'postgraphile', c),
        oursSurRaw: ratioWithSpread(s.runs, 'raw', c),
        cacheSurPostgraphile: ratio(row.parTarget.oursCache?.[c]?.requestsPerSecond, row.parTarget.postgraphile?.[c]?.requestsPerSecond),
      };
    }
    return row;
  });
}

module.exports = { summarise, TARGETS };
