import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { ChiffreEtude } from './chiffre-etude.type';

export const POLES_DATA_DIR = path.resolve(__dirname, '../../data/poles');

let cached: ChiffreEtude[] | null = null;

// The study's counts, from the project's data file (read once).
export function listChiffresEtude(): ChiffreEtude[] {
  if (cached) return cached;
  const text = fs.readFileSync(path.join(POLES_DATA_DIR, 'etude-chiffres.csv'), 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, delimiter: ';', skipEmptyLines: true });
  cached = parsed.data.map((row) => ({
    indicateur: row.indicateur!,
    perimetre: row.perimetre!,
    valeur: Number(row.valeur),
    unite: row.unite!,
    note: row.note?.trim() || null,
    source: row.source!,
  }));
  return cached;
}
