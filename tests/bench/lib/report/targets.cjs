'use strict';
// The targets of issues 7 and 18, each with what this run measured: ok true (✅), false (❌), null (— not measured),
// undefined (· recorded, no bound). No target fails the harness: they are printed, not asserted.
const { fmt, kb, ms, fmtRatio } = require('./format.cjs');
const { referenceConnections } = require('./read-tables.cjs');

const bounded = (value, limit) => (value == null ? null : value <= limit);

function readTargets(results, summary) {
  const c = results.options.connections;
  const c10 = referenceConnections(c);
  const targets = [];
  for (const row of summary) {
    for (const n of c) {
      const r = row.ratios[n].oursSurPostgraphile;
      targets.push({ label: `${row.id} débit nous/PostGraphile ≥ 1,0 @${n} (PostGraphile : ${row.formePostgraphile})`, value: fmtRatio(r), ok: r == null ? null : r.value >= 1 });
    }
  }
  for (const id of ['1', '3', '4', '5']) {
    const r = summary.find((row) => row.id === id)?.ratios[c10].oursSurRaw;
    targets.push({ label: `${id} débit nous/SQL brut ≥ 0,7 @${c10}`, value: fmtRatio(r), ok: r == null ? null : r.value >= 0.7 });
  }
  for (const id of ['1', '3', '5', '6']) {
    const p99 = summary.find((r) => r.id === id)?.parTarget.ours?.[c10]?.p99;
    targets.push({ label: `${id} p99 < 50 ms @${c10}`, value: ms(p99, 1), ok: p99 == null ? null : p99 < 50 });
  }
  const p50 = summary.find((r) => r.id === '4')?.parTarget.ours?.[c10]?.p50;
  targets.push({ label: `4 densité < 300 ms par requête (p50 @${c10})`, value: ms(p50, 1), ok: p50 == null ? null : p50 < 300 });
  // Map payloads, as the territories issue (3) sets them: 2a carries all 101 départements, overseas included, so
  // its bound holds a fortiori for the metropolitan ones.
  for (const [id, limite, quoi] of [['2a', 300, 'les 101 départements'], ['2b', 600, 'les communes de Bretagne']]) {
    const bytes = summary.find((r) => r.id === id)?.probes.ours?.bytes;
    targets.push({ label: `${id} carte : ${quoi} ≤ ${limite} Ko de JSON`, value: kb(bytes), ok: bytes == null ? null : bytes <= limite * 1024 });
  }
  // Statements per request, for the scenario's query and for the same query with a result of another size.
  for (const row of summary) {
    const n = row.probes.ours?.sqlStatements;
    const autre = row.autreTaille;
    if (n == null) continue;
    if (!autre || autre.sqlStatements == null) {
      targets.push({ label: `${row.id} requêtes SQL par requête`, value: String(n), ok: undefined });
      continue;
    }
    // Same size twice proves nothing: reported, not checked.
    const ok = autre.bytes === row.probes.ours.bytes ? null : autre.sqlStatements === n;
    targets.push({ label: `${row.id} requêtes SQL par requête, indépendantes de la taille du résultat`, value: `${n} (${kb(row.probes.ours.bytes)}) et ${autre.sqlStatements} (${kb(autre.bytes)})`, ok });
  }
  const rss = c.includes(200) ? Math.max(...summary.map((row) => row.parTarget.ours?.[200]?.rssPicMo ?? 0)) || null : null;
  targets.push({ label: 'RSS max de notre API ≤ 300 Mo @200', value: rss == null ? 'n/a (200 connexions non mesurées)' : `${fmt(rss)} Mo`, ok: bounded(rss, 300) });
  return targets;
}

function phaseTargets(results) {
  const targets = [];
  // Checked with 10 concurrent writers only (quick runs 3: printed, not judged).
  const w = results.ecritures && !results.ecritures.skip ? results.ecritures : null;
  const judged = (ok) => (w?.redacteurs === 10 ? ok : null);
  const sur = `10 rédacteurs${w && w.redacteurs !== 10 ? ` (mesuré avec ${w.redacteurs})` : ''}`;
  // The writers on their own, then the same while a read scenario is loaded at 10 connections: both judged.
  const mesures = [
    [w?.sansLecture, sur],
    [w?.concurrents, `${sur}, pendant 10 connexions de lecture`],
  ];
  for (const [e, quand] of mesures) {
    if (w && !e) continue;
    targets.push({ label: `modification de pôle p50 ≤ 150 ms, ${quand}`, value: ms(e?.p50), ok: judged(bounded(e?.p50, 150)) });
    targets.push({ label: `modification de pôle p99 ≤ 500 ms, ${quand}`, value: ms(e?.p99), ok: judged(bounded(e?.p99, 500)) });
    const autres = e ? Object.entries(e.erreurs).filter(([code]) => code !== 'CONFLICT') : null;
    targets.push({
      label: `aucune erreur de modification autre que CONFLICT, ${quand}`,
      value: autres ? autres.map(([k, v]) => `${k} ${v}`).join(', ') || `aucune (CONFLICT ${e.erreurs.CONFLICT ?? 0})` : 'n/a',
      // Errors with fewer writers already miss the target.
      ok: autres === null ? null : autres.length > 0 ? false : judged(true),
    });
  }
  const d = results.froid?.densite && !results.froid.densite.skip ? results.froid.densite : null;
  targets.push({ label: `densité, cache vide, ≤ 3 s (${d ? `${fmt(d.points)} points` : 'n/a'})`, value: ms(d?.cacheVideMs), ok: d?.erreur ? false : bounded(d?.cacheVideMs, 3000) });
  targets.push({ label: 'densité depuis le cache, p50 ≤ 100 ms', value: ms(d?.depuisCache.p50), ok: bounded(d?.depuisCache.p50, 100) });
  if (!results.dashboard.vues) targets.push({ label: 'chaque vue : données en ≤ 2 s', value: results.dashboard.vuesErreur ?? 'n/a', ok: null });
  for (const v of results.dashboard.vues ?? []) {
    targets.push({ label: `vue ${v.nom} : données en ≤ 2 s`, value: v.erreur ?? ms(v.ms), ok: v.erreur ? false : bounded(v.ms, 2000) });
  }
  const chunk = results.dashboard.entryChunk?.gzipBytes;
  targets.push({ label: 'chunk initial ≤ 250 KB gzip', value: kb(chunk), ok: bounded(chunk, 250 * 1024) });
  const m = results.chargeMachine;
  targets.push({ label: 'charge de la machine (load average 1, 5, 15 min) avant et après', value: `${m.avant.join(' ')} → ${m.apres?.join(' ') ?? 'n/a'}`, ok: undefined });
  return targets;
}

const mark = (ok) => (ok === undefined ? '·' : ok === null ? '—' : ok ? '✅' : '❌');

function targetLines(results, summary) {
  return [...readTargets(results, summary), ...phaseTargets(results)].map((t) => `- ${mark(t.ok)} ${t.label} : ${t.value}`);
}

module.exports = { targetLines };
