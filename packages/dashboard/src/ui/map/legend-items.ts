import { formatNombre, NON_RENSEIGNE, summarizeClasses } from '@poles-ess/shared';
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

// Enough decimals for distinct numbers to read as distinct (0,05 and 0,1 must not both show « 0,1 »).
function digitsFor(nombres: readonly number[]): number {
  if (nombres.every((b) => Number.isInteger(b))) return 0;
  const distinct = new Set(nombres).size;
  for (let digits = 1; digits < 3; digits += 1) {
    if (new Set(nombres.map((b) => formatNombre(b, digits))).size === distinct) return digits;
  }
  return 3;
}

/**
 * Legend rows from the API's breaks and the values they class (the shared rule): each class reads as the values it
 * holds (« 0 », « de 2 à 5 »), with the unit when there is one; the last row is « non renseigné » when some are unknown.
 */
export function toLegendItems(
  breaks: readonly number[],
  valeurs: readonly (number | null | undefined)[],
  withUnknown: boolean,
  unite = '',
): LegendItem[] {
  const classes = summarizeClasses(breaks, valeurs);
  const colors = getClassColors(classes.length);
  const digits = digitsFor(classes.flatMap((c) => [c.min, c.max]));
  const suffixe = unite ? `\u00a0${unite}` : '';
  const items = classes.map((classe, i) => {
    const low = formatNombre(classe.min, digits);
    const high = formatNombre(classe.max, digits);
    const color = colors[i];
    return { label: `${low === high ? low : `de ${low} à ${high}`}${suffixe}`, color: color ? rgbaToCss(color) : '' };
  });
  if (withUnknown) items.push({ label: NON_RENSEIGNE, color: rgbaToCss(COULEUR_NON_RENSEIGNE) });
  return items;
}

export function describeMethode(methode: MethodeClassification, nombre: number): string {
  return `${nombre} classe${nombre > 1 ? 's' : ''}, méthode : ${METHODE_LABELS[methode]}`;
}
