'use strict';
// The embedded backend (issue 18): what a single user of `pnpm start`'s default gets. Our API on PGlite (DATABASE_URL
// unset, a fresh DATA_DIR: migrations and reference data loaded at its first start) is sent each view's GraphQL
// requests as the dashboard sent them (recorded by the views phase), together as the browser sends them, one view at
// a time; the same on our API over PostgreSQL, beside it.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { request } = require('./http-client.cjs');
const { median } = require('./stats.cjs');

function freshDataDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'poles-bench-embarque-'));
}

// One view: its requests sent together; the time until the last answer, and the errors among them.
async function replayView(port, requetes) {
  const started = performance.now();
  const answers = await Promise.all(
    requetes.map((body) =>
      request({ port, method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', accept: 'application/json' }, body }),
    ),
  );
  const erreurs = answers.filter((a) => a.status !== 200 || a.text.includes('"errors":')).map((a) => `HTTP ${a.status} ${a.text.slice(0, 160)}`);
  return { ms: performance.now() - started, erreurs, octets: answers.reduce((n, a) => n + a.bytes, 0) };
}

// `repetitions` visits of each view: the first (cold for that server), then the median of the others.
async function replayViews(port, vues, repetitions) {
  const result = [];
  for (const vue of vues) {
    if (!vue.requetes?.length) continue;
    const runs = [];
    for (let i = 0; i < repetitions; i += 1) runs.push(await replayView(port, vue.requetes));
    result.push({
      nom: vue.nom,
      requetes: vue.requetes.length,
      premiereMs: runs[0].ms,
      p50Ms: median(runs.slice(1).map((r) => r.ms)),
      octets: runs[0].octets,
      erreurs: runs.flatMap((r) => r.erreurs).slice(0, 3),
    });
  }
  return result;
}

module.exports = { freshDataDir, replayViews };
