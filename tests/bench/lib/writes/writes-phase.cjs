'use strict';
// The writes phase (issue 18): `modifierPole` on the full data, timed alone, then with 10 concurrent writers (each on
// its own pole, with its own editor token), first on their own, then while a read scenario is loaded at 10
// connections; the reads' p99 is compared with the same load without writers. Errors are counted by code: only
// CONFLICT (another writer changed the pole in between) is acceptable.
const { graphql } = require('../http-client.cjs');
const { startLoad } = require('../load.cjs');
const { createBodyCheck } = require('../body-check.cjs');
const { withClient } = require('../database.cjs');
const { percentile } = require('../stats.cjs');
const { CYCLE, POLE_ETAT, MODIFIER_POLE, donneesFor } = require('./pole-edits.cjs');
const { createTokens, revokeTokens } = require('./tokens.cjs');

const WRITERS = 10;

function createWriter({ port, poleId, token, origine, maxAttempts }) {
  const auth = { authorization: `Bearer ${token.secret}` };
  let step = 0;
  let version = origine.version;
  const refreshVersion = async () => {
    const r = await graphql(port, POLE_ETAT, { id: poleId }, auth).catch(() => null);
    version = r?.json?.data?.pole?.version ?? version;
  };
  // One attempt at the next step of the cycle; a failed step is retried by the next attempt.
  const attempt = async () => {
    const next = CYCLE[step % CYCLE.length];
    let res;
    try {
      res = await graphql(port, MODIFIER_POLE, { id: poleId, version, donnees: donneesFor(next, origine) }, auth);
    } catch (error) {
      await refreshVersion();
      return { type: next.type, ms: null, ok: false, code: 'RESEAU', message: error.message };
    }
    const errors = res.json?.errors;
    if (res.status === 200 && !errors && res.json?.data?.modifierPole) {
      version = res.json.data.modifierPole.version;
      step += 1;
      return { type: next.type, ms: res.ms, ok: true };
    }
    await refreshVersion();
    return { type: next.type, ms: res.ms, ok: false, code: errors?.[0]?.extensions?.code ?? `HTTP_${res.status}`, message: errors?.[0]?.message ?? res.text.slice(0, 200) };
  };
  // `count` successful edits, at most `maxAttempts` attempts each.
  const edit = async (count, attemptsEach = maxAttempts) => {
    const attempts = [];
    for (let done = 0; done < count && attempts.length < count * attemptsEach; ) {
      const a = await attempt();
      attempts.push(a);
      if (a.ok) done += 1;
    }
    return attempts;
  };
  return { edit, atOrigin: () => step % CYCLE.length === 0, stepsToOrigin: () => (CYCLE.length - (step % CYCLE.length)) % CYCLE.length };
}

// p50 / p99 of the successful edits, by kind and together; errors by code.
function summariseEdits(attempts) {
  const ok = attempts.filter((a) => a.ok);
  const latency = (list) => ({ n: list.length, p50: percentile(list.map((a) => a.ms), 50), p99: percentile(list.map((a) => a.ms), 99) });
  const parType = {};
  for (const type of [...new Set(CYCLE.map((s) => s.type))]) parType[type] = latency(ok.filter((a) => a.type === type));
  const erreurs = {};
  for (const a of attempts.filter((x) => !x.ok)) erreurs[a.code] = (erreurs[a.code] ?? 0) + 1;
  const exemple = attempts.find((a) => !a.ok && a.code !== 'CONFLICT')?.message ?? null;
  return { ...latency(ok), parType, erreurs, exemple };
}

async function selectPoles(databaseUrl, count) {
  return withClient(databaseUrl, async (client) => {
    const r = await client.query('SELECT id FROM pole WHERE supprime_le IS NULL AND position IS NOT NULL ORDER BY id LIMIT $1', [count]);
    return r.rows.map((row) => row.id);
  });
}

// Milliseconds until no pole save waits for its coverage refresh (null: still waiting after 120 s, or no such table).
async function coverageCatchUp(databaseUrl) {
  const started = Date.now();
  return withClient(databaseUrl, async (client) => {
    while (Date.now() - started < 120_000) {
      const r = await client.query('SELECT count(*)::int AS n FROM couverture_en_attente').catch(() => null);
      if (!r) return null;
      if (r.rows[0].n === 0) return Date.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return null;
  });
}

// The server's own account of its internal errors (the client only gets « INTERNAL_SERVER_ERROR ») and of its failed
// coverage refreshes (after the answers): the first line of each distinct one it logged.
function internalErrors(logText) {
  const lines = [...logText.matchAll(/erreur interne (.+)|(Couverture : recalcul .+)/g)].map((m) => (m[1] ?? m[2]).trim().slice(0, 240));
  return [...new Set(lines)].slice(0, 5);
}

// `readSpec`: the HTTP request of the read scenario. `beforeRun`: called before each read run (pins new backends).
// `serverLog()`: our API's output so far. Quick: 3 writers with one attempt each (the target is for 10, in full runs).
async function runWritesPhase({ port, databaseUrl, readSpec, readLabel, quick, duration, restore, label, beforeRun, serverLog, log }) {
  const redacteurs = quick ? 3 : WRITERS;
  const poleIds = await selectPoles(databaseUrl, redacteurs);
  if (poleIds.length < redacteurs) return { skip: `${poleIds.length} pôles localisés : ${redacteurs} rédacteurs demandés` };
  const tokens = await createTokens(redacteurs, databaseUrl, label);
  try {
    const origines = [];
    for (const id of poleIds) origines.push((await graphql(port, POLE_ETAT, { id })).json.data.pole);
    const writers = poleIds.map((poleId, i) => createWriter({ port, poleId, token: tokens[i], origine: origines[i], maxAttempts: quick ? 1 : 3 }));

    // Alone: one writer, every kind of edit (quick: one of each; full: two cycles, four of each).
    const seul = summariseEdits(await writers[0].edit(quick ? 3 : 2 * CYCLE.length));
    log(`écritures seules : p50 ${seul.p50?.toFixed(0)} ms, p99 ${seul.p99?.toFixed(0)} ms (${seul.n})`);

    // Ten writers at once, nothing else running; the coverage refreshes of their saves caught up before what follows.
    const sansLecture = summariseEdits((await Promise.all(writers.map((w) => w.edit(quick ? 1 : CYCLE.length)))).flat());
    const couvertureSansLectureMs = await coverageCatchUp(databaseUrl);
    log(`${redacteurs} rédacteurs sans lecture : p50 ${sansLecture.p50?.toFixed(0)} ms, p99 ${sansLecture.p99?.toFixed(0)} ms (${sansLecture.n}), erreurs ${JSON.stringify(sansLecture.erreurs)}`);

    beforeRun();
    const lecturesSeules = await startLoad({ port, spec: readSpec, connections: 10, duration }).done;
    const check = createBodyCheck({ everyMs: Infinity });
    beforeRun();
    const logBefore = serverLog().length;
    const reads = startLoad({ port, spec: readSpec, connections: 10, duration: 3600, verifyBody: check.verify });
    const concurrent = (await Promise.all(writers.map((w) => w.edit(quick ? 1 : CYCLE.length)))).flat();
    const couvertureMs = await coverageCatchUp(databaseUrl);
    reads.stop();
    const lecturesPendant = await reads.done;
    const concurrents = { ...summariseEdits(concurrent), erreursServeur: internalErrors(serverLog().slice(serverLog().length >= logBefore ? logBefore : 0)) };
    log(
      `${redacteurs} rédacteurs pendant les lectures : p50 ${concurrents.p50?.toFixed(0)} ms, p99 ${concurrents.p99?.toFixed(0)} ms (${concurrents.n}), ` +
        `erreurs ${JSON.stringify(concurrents.erreurs)} ; lectures ${readLabel} p99 ${lecturesSeules.p99} ms seules, ${lecturesPendant.p99} ms pendant`,
    );

    // The data back as it was (full runs reuse their database): each writer finishes its cycle, unmeasured.
    let restaure = null;
    if (restore) {
      for (const w of writers) if (!w.atOrigin()) await w.edit(w.stepsToOrigin(), 5);
      restaure = writers.every((w) => w.atOrigin());
    }
    return {
      redacteurs,
      seul,
      sansLecture: { ...sansLecture, couvertureAJourMs: couvertureSansLectureMs },
      concurrents,
      lecture: {
        scenario: readLabel,
        seule: { p50: lecturesSeules.p50, p99: lecturesSeules.p99, requestsPerSecond: lecturesSeules.requestsPerSecond },
        pendant: {
          p50: lecturesPendant.p50,
          p99: lecturesPendant.p99,
          requestsPerSecond: lecturesPendant.requestsPerSecond,
          erreurs: lecturesPendant.errors + lecturesPendant.non2xx + check.state.erreursGraphql,
        },
      },
      // After the last answered save: until its coverage refresh, run after the commit, has applied every change.
      couvertureAJourMs: couvertureMs,
      restaure,
    };
  } finally {
    if (restore) await revokeTokens(tokens, databaseUrl).catch((error) => log(`révocation des jetons : ${error.message}`));
  }
}

module.exports = { runWritesPhase };
