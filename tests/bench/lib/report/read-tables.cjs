'use strict';
// The read scenarios' tables: figures per peer, throughput ratios with their spread and what PostGraphile was given,
// the cached run, peak memory per connection count, the bodies checked under load.
const { TARGETS } = require('./summary.cjs');
const { fmt, kb, fmtRatio, table } = require('./format.cjs');

const LABELS = { ours: 'Pôles ESS', postgraphile: 'PostGraphile 5', raw: 'SQL brut', oursCache: 'Pôles ESS, cache de réponses (à part)' };

// The connection count whose CPU figures are printed: 10 when measured.
const referenceConnections = (c) => (c.includes(10) ? 10 : c[0]);

function figuresTable(summary, c) {
  const ref = referenceConnections(c);
  const header = ['Scénario', 'Pair'];
  for (const n of c) header.push(`req/s @${n}`, `p50 @${n} (ms)`, `p99 @${n} (ms)`);
  header.push(`CPU serveur/req @${ref} (ms)`, `CPU PostgreSQL/req @${ref} (ms)`, `CPU autocannon/req @${ref} (ms)`, 'seule (ms)', 'octets', 'gzip', 'SQL/req');
  const rows = [];
  for (const row of summary) {
    for (const target of TARGETS) {
      const t = row.parTarget[target];
      const probe = row.probes[target];
      if (!t && !probe) continue;
      const cells = [row.id, LABELS[target]];
      for (const n of c) cells.push(fmt(t?.[n]?.requestsPerSecond), fmt(t?.[n]?.p50, 1), fmt(t?.[n]?.p99, 1));
      cells.push(fmt(t?.[ref]?.cpuServeurMs, 2), fmt(t?.[ref]?.cpuPostgresMs, 2), fmt(t?.[ref]?.cpuChargeMs, 2));
      cells.push(fmt(probe?.ms), kb(probe?.bytes), kb(probe?.gzipBytes), probe?.sqlStatements ?? 'n/a');
      rows.push(cells);
    }
  }
  return table(header, rows);
}

function ratiosTable(summary, c) {
  const header = ['Scénario', 'PostGraphile reçoit', ...c.flatMap((n) => [`nous/PostGraphile @${n}`, `nous/SQL brut @${n}`])];
  const rows = summary.map((row) => [
    `${row.id} ${row.titre}`,
    row.formePostgraphile ?? 'n/a',
    ...c.flatMap((n) => [fmtRatio(row.ratios[n].oursSurPostgraphile), fmtRatio(row.ratios[n].oursSurRaw)]),
  ]);
  return table(header, rows);
}

function cacheTable(summary, c) {
  const rows = summary.filter((row) => row.parTarget.oursCache).map((row) => [`${row.id} ${row.titre}`, ...c.map((n) => fmt(row.ratios[n].cacheSurPostgraphile, 2))]);
  return rows.length ? table(['Scénario', ...c.map((n) => `cache/PostGraphile @${n}`)], rows) : [];
}

// Each server's largest resident memory over every scenario, per connection count.
function memoryTable(summary, c) {
  const rows = TARGETS.filter((t) => summary.some((row) => row.parTarget[t])).map((target) => {
    const peak = (n) => {
      const values = summary.map((row) => row.parTarget[target]?.[n]?.rssPicMo).filter((v) => v != null);
      return values.length ? Math.max(...values) : null;
    };
    return [LABELS[target], ...c.map((n) => fmt(peak(n)))];
  });
  return table(['Serveur', ...c.map((n) => `RSS max @${n} (Mo)`)], rows);
}

// Totals of the bodies checked under load, and every run where one differed or carried errors.
function bodyLines(summary, c) {
  let comparees = 0;
  let illisibles = 0;
  const problems = [];
  for (const row of summary) {
    for (const target of TARGETS) {
      for (const n of c) {
        const corps = row.parTarget[target]?.[n]?.corps;
        if (!corps) continue;
        comparees += corps.comparees;
        illisibles += corps.illisibles;
        const errors = row.parTarget[target][n].errors;
        if (corps.differences || corps.erreursGraphql || errors) {
          problems.push(`- ❌ ${row.id} ${LABELS[target]} @${n} : ${corps.differences} corps différents de la sonde, ${corps.erreursGraphql} avec « errors », ${errors} erreurs HTTP (${corps.exemple ?? 'voir le JSON'})`);
        }
      }
    }
  }
  return [
    `Corps des réponses sous charge : ${fmt(comparees)} comparés à la réponse de la sonde (un échantillon par run), tous cherchés pour « errors »${illisibles ? ` ; ${illisibles} illisibles (caractère coupé entre deux paquets par autocannon), non comptés` : ''} : ${problems.length ? `${problems.length} run(s) en défaut` : 'aucune différence, aucune erreur'}.`,
    ...problems,
  ];
}

module.exports = { figuresTable, ratiosTable, cacheTable, memoryTable, bodyLines, LABELS, referenceConnections };
