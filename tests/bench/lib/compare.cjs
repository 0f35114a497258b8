'use strict';
// Structural comparison of two normalised answers: numbers rounded (floating point noise between
// JavaScript and PostgreSQL), first difference reported with its path.
function round(value) {
  if (typeof value !== 'number' || Number.isInteger(value)) return value;
  return Number(value.toPrecision(9));
}

function firstDifference(a, b, path = '$') {
  if (typeof a === 'number' && typeof b === 'number') {
    const ra = round(a);
    const rb = round(b);
    if (ra === rb || Math.abs(ra - rb) <= 1e-9 * Math.max(1, Math.abs(ra))) return null;
    return `${path} : ${a} ≠ ${b}`;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return `${path} : tableau attendu des deux côtés`;
    if (a.length !== b.length) return `${path} : ${a.length} éléments ≠ ${b.length}`;
    for (let i = 0; i < a.length; i += 1) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const key of keys) {
      if (!(key in a)) return `${path}.${key} : absent à gauche`;
      if (!(key in b)) return `${path}.${key} : absent à droite`;
      const d = firstDifference(a[key], b[key], `${path}.${key}`);
      if (d) return d;
    }
    return null;
  }
  return a === b ? null : `${path} : ${JSON.stringify(a)?.slice(0, 80)} ≠ ${JSON.stringify(b)?.slice(0, 80)}`;
}

module.exports = { firstDifference };
