'use strict';
// Results as Markdown (the table printed and committed) and JSON (every run, for later comparison).
const fs = require('node:fs');
const path = require('node:path');
const { summarise } = require('./report/summary.cjs');
const { fmt } = require('./report/format.cjs');
const { figuresTable, ratiosTable, cacheTable, memoryTable, bodyLines, referenceConnections } = require('./report/read-tables.cjs');
const { writesSection, coldSection, embeddedSection, dashboardSection } = require('./report/phase-sections.cjs');
const { targetLines } = require('./report/targets.cjs');

function header(results) {
  const o = results.options;
  const m = results.chargeMachine;
  return [
    `# Banc d'essai Pôles ESS — ${results.startedAt}`,
    '',
    `Mode ${o.quick ? 'quick (preuve du harnais, chiffres non significatifs)' : 'complet'} · ` +
      `${o.repetitions} répétition(s) × ${o.duration} s par mesure, pairs alternés · connexions ${o.connections.join(', ')} · ` +
      `couche synthétique ${fmt(results.data.pointsSynthetiques)} points (graine ${o.seed}) · PostgreSQL ${results.data.postgres} · ` +
      `Node ${results.node} (PostGraphile : ${results.postgraphileRuntime}) · ${results.machine}`,
    '',
    `Charge de la machine (load average 1, 5, 15 min) : ${m.avant.join(' ')} avant, ${m.apres?.join(' ') ?? 'n/a'} après (${m.uptimeApres ?? m.uptimeAvant}). ` +
      `Épinglage : ${results.affinite}. Pool pg de chaque pair : ${results.poolSize} connexions, jamais fermées au repos, JIT désactivé (notre API ouvre en plus ses connexions d’écriture, DATABASE_WRITE_POOL_SIZE : aucune requête des scénarios de lecture ne les prend).`,
    '',
    `Données : ${fmt(results.data.communes)} communes, ${fmt(results.data.departements)} départements, ${fmt(results.data.pays)} Pays, ${fmt(results.data.poles)} pôles.`,
  ];
}

function toMarkdown(results, summary) {
  const c = results.options.connections;
  const ref = referenceConnections(c);
  const lines = [...header(results), ''];
  if (summary.length > 0) {
    lines.push(...figuresTable(summary, c), '');
    lines.push("Ratios de débit (médianes ; entre parenthèses, min–max des ratios de chaque répétition ; « égalité » : l'écart franchit 1,0) :", '');
    lines.push(...ratiosTable(summary, c));
    const cache = cacheTable(summary, c);
    if (cache.length) {
      lines.push('', 'Run avec cache de réponses, à part (CACHE_REPONSES_SECONDES ; première répétition seulement ; hors cibles) :', '', ...cache);
    }
    lines.push('', 'Mémoire résidente maximale de chaque serveur pendant ses mesures (tous scénarios) :', '', ...memoryTable(summary, c));
    lines.push('', ...bodyLines(summary, c));
  }
  if (results.skipped.length > 0) {
    lines.push('', 'Scénarios non mesurés :');
    for (const s of results.skipped) lines.push(`- ${s.id} ${s.titre} : ${s.raison}`);
  }
  lines.push('', ...writesSection(results.ecritures));
  lines.push('', ...coldSection(results.froid));
  lines.push('', ...embeddedSection(results.embarque));
  lines.push('', ...dashboardSection(results.dashboard));
  lines.push('', "Cibles des issues 7 et 18 (✅ atteinte, ❌ non atteinte, — non mesurée, · relevé) :", '', ...targetLines(results, summary));
  lines.push(
    '',
    'Méthode : réponses comparées (normalisées) entre les trois pairs avant toute mesure (« seule » : durée de cette requête, seule, après le démarrage) ; ' +
      'charge autocannon sans compression, corps vérifiés sous charge ; octets = corps JSON non compressé, gzip = même corps compressé (niveau 6) ; ' +
      'SQL/req : extensions.sqlStatements pour Pôles ESS (d’une seconde requête identique), requêtes envoyées par le pool pg (client instrumenté) pour PostGraphile et le SQL brut ; ' +
      `CPU/req @${ref} : temps CPU (utilisateur + système, /proc) du processus serveur du pair, des backends PostgreSQL de la base du banc (et de leurs workers parallèles), ` +
      "et d'autocannon (le processus du harnais), divisé par le nombre de requêtes servies (médiane des répétitions). Détails : tests/bench/README.md.",
  );
  return `${lines.join('\n')}\n`;
}

function writeResults(dir, results) {
  const summary = summarise(results, results.options.connections);
  fs.mkdirSync(dir, { recursive: true });
  const stamp = results.startedAt.replace(/[:.]/g, '-');
  // A run of some scenarios or phases, or of fewer than 3 repetitions, does not replace the full run's table.
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

module.exports = { writeResults, toMarkdown };
