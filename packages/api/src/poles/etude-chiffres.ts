import fs from 'node:fs';
import path from 'node:path';
import { NIVEAUX_TERRITORIAUX, STATUTS_POLE, TYPES_POLE, formatNombre } from '@poles-ess/shared';
import Papa from 'papaparse';
import type { NiveauTerritorial } from '../territoires/territoire.enums';
import { isDenombrement, UNITES_CHIFFRE_ETUDE } from './chiffre-etude.enums';
import type { ChiffreEtude, SommeEtude } from './chiffre-etude.type';
import type { StatutPole, TypePole } from './pole.enums';

export const POLES_DATA_DIR = path.resolve(__dirname, '../../data/poles');

let cached: ChiffreEtude[] | null = null;

// The study's counts, from the project's data file (read once).
export function listChiffresEtude(): ChiffreEtude[] {
  if (cached) return cached;
  const text = fs.readFileSync(path.join(POLES_DATA_DIR, 'etude-chiffres.csv'), 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, delimiter: ';', skipEmptyLines: true });
  const chiffres = parsed.data.map((row, i) => readChiffre(row, i + 2));
  cached = chiffres.map((c) => ({ ...c, somme: computeSommeEtude(c, chiffres) }));
  return cached;
}

function readChiffre(row: Record<string, string>, ligne: number): ChiffreEtude {
  const cell = (c: string): string | null => row[c]?.trim() || null;
  const valeur = Number(cell('valeur'));
  const uniteType = oneOf(UNITES_CHIFFRE_ETUDE, (cell('unite') ?? '').toUpperCase(), 'unite', ligne);
  return {
    indicateur: row.indicateur!,
    perimetre: row.perimetre!,
    territoire: {
      niveau: oneOf(NIVEAUX_TERRITORIAUX, cell('niveau') ?? '', 'niveau', ligne) as NiveauTerritorial,
      code: cell('code') ?? fail('code', ligne),
    },
    valeur,
    nombre: isDenombrement(uniteType) ? valeur : null,
    unite: row.unite!,
    uniteType,
    type: cell('type') === null ? null : (oneOf(TYPES_POLE, cell('type')!, 'type', ligne) as TypePole),
    statut: cell('statut') === null ? null : (oneOf(STATUTS_POLE, cell('statut')!, 'statut', ligne) as StatutPole),
    partieDe: cell('partie_de'),
    somme: null,
    note: cell('note'),
    source: row.source!,
  };
}

// The study's totals do not equal the sum of its types (29 + 24 + 7 = 60 poles for 63; 8 + 3 + 6 = 17 projects for
// 12): both are the study's own figures, shown side by side, never adjusted.
export function computeSommeEtude(total: ChiffreEtude, chiffres: readonly ChiffreEtude[]): SommeEtude | null {
  const parties = chiffres.filter((c) => c.partieDe === total.indicateur);
  if (parties.length === 0 || total.nombre === null) return null;
  const sommeDesParties = parties.reduce((s, p) => s + (p.nombre ?? 0), 0);
  const ecart = sommeDesParties - total.nombre;
  const addition = parties.map((p) => formatNombre(p.valeur)).join(' + ');
  const ailleurs = parties
    .filter((p) => p.territoire.niveau !== total.territoire.niveau || p.territoire.code !== total.territoire.code)
    .map((p) => `${p.indicateur} : ${p.perimetre} seulement`);
  const constat =
    ecart === 0
      ? 'les parties font le total'
      : `${Math.abs(ecart)} de ${ecart < 0 ? 'moins' : 'plus'} que les ${formatNombre(total.valeur)} annoncés`;
  return {
    parties: parties.map((p) => p.indicateur),
    sommeDesParties,
    ecart,
    explication:
      `L'étude annonce ${formatNombre(total.valeur)} ${total.indicateur} ; ses parties par type donnent ${addition} = ` +
      `${formatNombre(sommeDesParties)}, ${constat}${ailleurs.length ? ` (${ailleurs.join(' ; ')})` : ''}. ` +
      "Incohérence de l'étude elle-même, constatée sans correction.",
  };
}

function oneOf<T extends string>(values: readonly T[], value: string, champ: string, ligne: number): T {
  if ((values as readonly string[]).includes(value)) return value as T;
  return fail(champ, ligne, value);
}

function fail(champ: string, ligne: number, value = ''): never {
  throw new Error(`etude-chiffres.csv, ligne ${ligne}, ${champ} : valeur inconnue « ${value} »`);
}

