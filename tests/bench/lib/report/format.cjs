'use strict';
// French number formats of the results table.
const fmt = (n, digits = 0) => (n == null ? 'n/a' : n.toLocaleString('fr-FR', { maximumFractionDigits: digits, minimumFractionDigits: digits }));
const kb = (n) => (n == null ? 'n/a' : `${fmt(n / 1024, 1)} Ko`);
const ms = (n, digits = 0) => (n == null ? 'n/a' : `${fmt(n, digits)} ms`);

// « 1,17 (1,08–1,27) », « égalité » when the spread crosses 1.0; one repetition has no spread.
function fmtRatio(r) {
  if (!r) return 'n/a';
  const spread = r.repetitions > 1 ? ` (${fmt(r.min, 2)}–${fmt(r.max, 2)})` : '';
  return `${fmt(r.value, 2)}${spread}${r.egalite ? ' égalité' : ''}`;
}

function table(header, rows) {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((cells) => `| ${cells.join(' | ')} |`)];
}

module.exports = { fmt, kb, ms, fmtRatio, table };
