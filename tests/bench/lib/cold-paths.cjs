'use strict';
// Cold paths users wait for (issue 18): density over the synthetic layer right after an import (its grid cells not
// computed yet: the cache table emptied for the layer, as an import leaves it), then from its cache; and the first
// request of each scenario after a restart of our API (the database stays warm).
const { request, requestFor } = require('./http-client.cjs');
const { median } = require('./stats.cjs');

async function timedRequest(port, spec) {
  const started = performance.now();
  const res = await request({ port, ...spec });
  const ms = performance.now() - started;
  let erreur = res.status === 200 ? null : `HTTP ${res.status}`;
  if (!erreur && res.text.includes('"errors":')) erreur = res.text.slice(0, 200);
  return { ms, erreur };
}

// `scenario`: the density scenario (4), `context` with its layer id. `cached`: sequential requests from the cache.
async function measureDensityCold({ port, monitor, scenario, context, cached }) {
  const cle = `points:${context.coucheId}`;
  const vide = await monitor.query('DELETE FROM grille_cache WHERE couche = $1', [cle]);
  const spec = requestFor('ours', scenario, context);
  const froid = await timedRequest(port, spec);
  const suivants = [];
  for (let i = 0; i < cached; i += 1) suivants.push(await timedRequest(port, spec));
  const erreur = froid.erreur ?? suivants.find((s) => s.erreur)?.erreur ?? null;
  return {
    points: context.couchePoints,
    cellulesEffacees: vide.rowCount,
    cacheVideMs: froid.ms,
    depuisCache: { n: suivants.length, p50: median(suivants.map((s) => s.ms)) },
    erreur,
  };
}

// The first request of each scenario, in order, on a freshly restarted server.
async function measureFirstRequests({ port, scenarios, context }) {
  const premieres = [];
  for (const scenario of scenarios) {
    const first = await timedRequest(port, requestFor('ours', scenario, context));
    premieres.push({ id: scenario.id, titre: scenario.titre, ms: first.ms, erreur: first.erreur });
  }
  return premieres;
}

module.exports = { measureDensityCold, measureFirstRequests };
