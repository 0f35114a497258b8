import { formatNombre, NON_RENSEIGNE } from '@poles-ess/shared';
import type { MethodeClassification } from '../../graphql/generated/graphql';
import { COULEUR_NON_RENSEIGNE, getClassColors, rgbaToCss } from './color-scales';

export interface LegendItem {
  label: string;
  color: string;
}

export const METHODE_LABELS: Record<MethodeClassification, string> = {
  QUANTILES: 'quantiles (autant de territoires par classe)',
  EGAUX: 'intervalles égaux',
  JENKS: 'seuils naturels (Jenks, ckmeans)',
};

// Enough decimals for distinct breaks to read as distinct (0,05 and 0,1 must not both show « 0,1 »).
function digitsFor(breaks: readonly number[]): number {
  if (breaks.every((b) => Number.isInteger(b))) return 0;
  const distinct = new Set(breaks).size;
  for (let digits = 1; digits < 3; digits += 1) {
    if (new Set(breaks.map((b) => formatNombre(b, digits))).size === distinct) return digits;
  }
  return 3;
}

/** Legend rows from the API's breaks [min, b1, …, max]; the last row is « non renseigné » when some are unknown. */
export function toLegendItems(breaks: readonly number[], withUnknown: boolean): LegendItem[] {
  const colors = getClassColors(breaks.length - 1);
  const digits = digitsFor(breaks);
  const items: LegendItem[] = [];
  for (let i = 0; i < breaks.length - 1; i += 1) {
    const low = formatNombre(breaks[i] as number, digits);
    const high = formatNombre(breaks[i + 1] as number, digits);
    const color = colors[i];
    items.push({ label: low === high ? low : `de ${low} à ${high}`, color: color ? rgbaToCss(color) : '' });
  }
  if (withUnknown) items.push({ label: NON_RENSEIGNE, color: rgbaToCss(COULEUR_NON_RENSEIGNE) });
  return items;
}

export function describeMethode(methode: MethodeClassification, nombre: number): string {
  return `${nombre} classes, méthode : ${METHODE_LABELS[methode]}`;
}
