'use strict';
// Results as Markdown (the table printed and committed) and JSON (every run, for later comparison).
const fs = require('node:fs');
const path = require('node:path');
const { median, ratio } = require('./stats.cjs');

const TARGETS = ['ours', 'postgraphile', 'raw', 'oursCache'];
const LABELS = { ours: 'Pôles ESS', postgraphile: 'PostGraphile 5', raw: 'SQL brut', oursCache: 'Pôles ESS, cache de réponses (à part)' };

function summarise(results, connections) {
  return results.scenarios.map((s) => {
    const row = { id: s.id, titre: s.titre, probes: s.probes, autreTaille: s.autreTaille ?? null, parTarget: {}, ratios: {} };
    for (const target of TARGETS) {
      const runs = s.runs.filter((r) => r.target === target);
      if (runs.length === 0) continue;
      const byConn = {};
      for (const c of connections) {
        const at = runs.filter((r) => r.connections === c);
        byConn[c] = {
          requestsPerSecond: median(at.map((r) => r.requestsPerSecond)),
          p50: median(at.map((r) => r.p50)),
          p99: median(at.map((r) => r.p99)),
          cpuServeurMs: median(at.map((r) => r.cpuServeurMs)),
          cpuPostgresMs: median(at.map((r) => r.cpuPostgresMs)),
          errors: at.reduce((n, r) => n + r.errors + r.non2xx, 0),
          repetitions: at.length,
        };
      }
      row.parTarget[target] = byConn;
    }
    for (const c of connections) {
      const ours = row.parTarget.ours?.[c]?.requestsPerSecond;
      row.ratios[c] = {
        oursSurPostgraphile: ratio(ours, row.parTarget.postgraphile?.[c]?.requestsPerSecond),
        oursSurRaw: ratio(ours, row.parTarget.raw?.[c]?.requestsPerSecond),
        cacheSurPostgraphile: ratio(row.parTarget.oursCache?.[c]?.requestsPerSecond, row.parTarget.postgraphile?.[c]?.requestsPerSecond),
      };
    }
    return row;
  });
}

const fmt = (n, digits = 0) => (n == null ? 'n/a' : n.toLocaleString('fr-FR', { maximumFractionDigits: digits, minimumFractionDigits: digits }));
const kb = (n) => (n == null ? 'n/a' : `${fmt(n / 1024, 1)} Ko`);

function toMarkdown(results, summary) {
  const c = results.options.connections;
  const lines = [];
  lines.push(`# Banc d'essai Pôles ESS — ${results.startedAt}`);
  lines.push('');
  lines.push(
    `Mode ${results.options.quick ? 'quick (preuve du harnais, chiffres non significatifs)' : 'complet'} · ` +
      `${results.options.repetitions} répétition(s) × ${results.options.duration} s par mesure, pairs alternés · ` +
      `connexions ${c.join(' et ')} · couche synthétique ${fmt(results.data.pointsSynthetiques)} points (graine ${results.options.seed}) · ` +
      `PostgreSQL ${results.data.postgres} · Node ${results.node} (PostGraphile : ${results.postgraphileRuntime}) · ${results.machine}`,
  );
  lines.push('');
  lines.push(
    `Données : ${fmt(results.data.communes)} communes, ${fmt(results.data.departements)} départements, ${fmt(results.data.pays)} Pays, ${fmt(results.data.poles)} pôles.`,
  );
  lines.push('');
  const header = ['Scénario', 'Pair'];
  for (const n of c) header.push(`req/s @${n}`, `p50 @${n} (ms)`, `p99 @${n} (ms)`);
  header.push(`CPU serveur/req @${c[0]} (ms)`, `CPU PostgreSQL/req @${c[0]} (ms)`, 'seule (ms)', 'octets', 'gzip', 'SQL/req');
  lines.push(`| ${header.join(' | ')} |`);
  lines.push(`|${header.map(() => '---').join('|')}|`);
  for (const row of summary) {
    for (const target of TARGETS) {
      const t = row.parTarget[target];
      const probe = row.probes[target];
      if (!t && !probe) continue;
      const cells = [row.id, LABELS[target]];
      for (const n of c) cells.push(fmt(t?.[n]?.requestsPerSecond), fmt(t?.[n]?.p50, 1), fmt(t?.[n]?.p99, 1));
      cells.push(fmt(t?.[c[0]]?.cpuServeurMs, 2), fmt(t?.[c[0]]?.cpuPostgresMs, 2));
      cells.push(fmt(probe?.ms), kb(probe?.bytes), kb(probe?.gzipBytes), probe?.sqlStatements ?? 'n/a');
      lines.push(`| ${cells.join(' | ')} |`);
    }
  }
  lines.push('');
  lines.push('Ratios de débit (médianes) :');
  lines.push('');
  const rh = ['Scénario', ...c.flatMap((n) => [`nous/PostGraphile @${n}`, `nous/SQL brut @${n}`])];
  lines.push(`| ${rh.join(' | ')} |`);
  lines.push(`|${rh.map(() => '---').join('|')}|`);
  for (const row of summary) {
    const cells = [`${row.id} ${row.titre}`];
    for (const n of c) cells.push(fmt(row.ratios[n].oursSurPostgraphile, 2), fmt(row.ratios[n].oursSurRaw, 2));
    lines.push(`| ${cells.join(' | ')} |`);
  }
  if (summary.some((row) => row.parTarget.oursCache)) {
    lines.push('');
    lines.push(
      'Run avec cache de réponses, à part (notre API avec CACHE_REPONSES_SECONDES, réponses des lecteurs anonymes gardées en mémoire ; ' +
        'première répétition seulement ; hors cibles, qui sont mesurées sans cache) :',
    );
    lines.push('');
    const ch = ['Scénario', ...c.flatMap((n) => [`cache/PostGraphile @${n}`])];
    lines.push(`| ${ch.join(' | ')} |`);
    lines.push(`|${ch.map(() => '---').join('|')}|`);
    for (const row of summary) {
      if (!row.parTarget.oursCache) continue;
      lines.push(`| ${[`${row.id} ${row.titre}`, ...c.map((n) => fmt(row.ratios[n].cacheSurPostgraphile, 2))].join(' | ')} |`);
    }
  }
  if (results.skipped.length > 0) {
    lines.push('');
    lines.push('Scénarios non mesurés :');
    for (const s of results.skipped) lines.push(`- ${s.id} ${s.titre} : ${s.raison}`);
  }
  const errors = summary.filter((r) => Object.values(r.parTarget).some((t) => Object.values(t).some((x) => x.errors > 0)));
  if (errors.length > 0) {
    lines.push('');
    lines.push(`Erreurs HTTP pendant la charge : ${errors.map((r) => r.id).join(', ')} (voir le JSON).`);
  }
  lines.push('');
  lines.push("Cibles de l'issue 7 (mesurées ici ; ✅ atteinte, ❌ non atteinte, — non mesurée) :");
  lines.push('');
  for (const target of checkTargets(results, summary)) lines.push(`- ${target.ok === undefined ? '·' : target.ok === null ? '—' : target.ok ? '✅' : '❌'} ${target.label} : ${target.value}`);
  lines.push('');
  lines.push('Tableau de bord :');
  const d = results.dashboard;
  lines.push(`- chunk initial (entrée de dist/index.html) : ${d.entryChunk ? `${d.entryChunk.file}, ${kb(d.entryChunk.bytes)}, ${kb(d.entryChunk.gzipBytes)} gzip ; avec ses imports préchargés et la feuille de style : ${kb(d.entryChunk.initialGzipBytes)} gzip` : `n/a (${d.entryChunkError})`}`);
  lines.push(`- première peinture de la carte (Chromium headless, rendu logiciel) : ${d.firstPaint ? `${fmt(d.firstPaint.ms)} ms (${d.firstPaint.url}${d.firstPaint.note ? ` ; ${d.firstPaint.note}` : ''})` : `n/a (${d.firstPaintError})`}`);
  lines.push('');
  lines.push(
    'Méthode : réponses comparées (normalisées) entre les trois pairs avant toute mesure (« seule » : durée de cette requête, ' +
      'seule, après le démarrage) ; charge autocannon sans compression ; ' +
      'octets = corps JSON non compressé, gzip = même corps compressé (niveau 6) ; SQL/req : extensions.sqlStatements pour Pôles ESS (d’une seconde requête identique : régime établi, la première peut remplir un cache), ' +
      'requêtes envoyées par le pool pg (client instrumenté) pour PostGraphile et le SQL brut ; CPU/req : temps CPU (utilisateur + système, /proc) du processus ' +
      'serveur du pair et de tous les processus postgres pendant la mesure, divisé par le nombre de requêtes servies (médiane des répétitions). ' +
      `Pôles ESS, PostGraphile et SQL brut : sans cache de réponse, pool pg de ${results.poolSize ?? 10} connexions chacun.`,
  );
  return `${lines.join('\n')}\n`;
}

// The targets of issue 7, each with what this run measured.
function checkTargets(results, summary) {
  const c10 = results.options.connections.includes(10) ? 10 : results.options.connections[0];
  const targets = [];
  for (const row of summary) {
    for (const n of results.options.connections) {
      const r = row.ratios[n].oursSurPostgraphile;
      targets.push({ label: `${row.id} débit nous/PostGraphile ≥ 1,0 @${n}`, value: fmt(r, 2), ok: r == null ? null : r >= 1 });
    }
  }
  for (const id of ['1', '3', '5', '6']) {
    const row = summary.find((r) => r.id === id);
    const p99 = row?.parTarget.ours?.[c10]?.p99;
    targets.push({ label: `${id} p99 < 50 ms @${c10}`, value: p99 == null ? 'n/a' : `${fmt(p99, 1)} ms`, ok: p99 == null ? null : p99 < 50 });
  }
  const densite = summary.find((r) => r.id === '4');
  const p50 = densite?.parTarget.ours?.[c10]?.p50;
  targets.push({ label: `4 densité < 300 ms par requête (p50 @${c10})`, value: p50 == null ? 'n/a' : `${fmt(p50, 1)} ms`, ok: p50 == null ? null : p50 < 300 });
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
    const value = `${n} (${kb(row.probes.ours.bytes)}) et ${autre.sqlStatements} (${kb(autre.bytes)})`;
    // Same size twice proves nothing: reported, not checked.
    const ok = autre.bytes === row.probes.ours.bytes ? null : autre.sqlStatements === n;
    targets.push({ label: `${row.id} requêtes SQL par requête, indépendantes de la taille du résultat`, value, ok });
  }
  const chunk = results.dashboard.entryChunk?.gzipBytes;
  targets.push({ label: 'chunk initial ≤ 250 KB gzip', value: kb(chunk), ok: chunk == null ? null : chunk <= 250 * 1024 });
  return targets;
}

function writeResults(dir, results, summary) {
  fs.mkdirSync(dir, { recursive: true });
  const stamp = results.startedAt.replace(/[:.]/g, '-');
  // A run of some scenarios, or of fewer than 3 repetitions, does not replace the full run's table.
  const complet = !results.options.only && results.options.repetitions >= 3;
  const name = results.options.quick ? 'quick' : complet ? 'full' : 'partial';
  const markdown = toMarkdown(results, summary);
  const json = JSON.stringify({ ...results, summary }, null, 2);
  fs.writeFileSync(path.join(dir, `latest-${name}.md`), markdown);
  fs.writeFileSync(path.join(dir, `latest-${name}.json`), `${json}\n`);
  if (name === 'full') {
    fs.writeFileSync(path.join(dir, `${stamp}.md`), markdown);
    fs.writeFileSync(path.join(dir, `${stamp}.json`), `${json}\n`);
  }
  return markdown;
}

module.exports = { summarise, writeResults, toMarkdown, checkTargets, TARGETS };
