import { CATEGORICAL_SCHEME, SEQUENTIAL_SCHEME } from './palettes';
import type { StatutPole, TypePole } from '@poles-ess/shared';

export type Rgba = [number, number, number, number];

// Gris neutre des territoires sans valeur : « non renseigné » n'est pas une classe.
export const COULEUR_NON_RENSEIGNE: Rgba = [200, 200, 200, 255];

export function hexToRgba(hex: string, alpha = 255): Rgba {
  const value = hex.replace('#', '');
  return [
    Number.parseInt(value.slice(0, 2), 16),
    Number.parseInt(value.slice(2, 4), 16),
    Number.parseInt(value.slice(4, 6), 16),
    alpha,
  ];
}

export function rgbaToCss([r, g, b, a]: Rgba): string {
  return `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(2)})`;
}

// ColorBrewer YlGnBu, séquentiel et lisible par les daltoniens, de 3 à 9 classes.
export function getClassColors(nombre: number): Rgba[] {
  const n = Math.min(9, Math.max(3, nombre));
  const scheme = SEQUENTIAL_SCHEME[n];
  return (scheme ?? []).map((hex) => hexToRgba(hex));
}

// ColorBrewer Dark2 : trois teintes distinctes aussi pour les daltoniens (vert d'eau, orange, violet).
export const TYPE_POLE_COLORS: Record<TypePole, Rgba> = {
  ASSOCIATION_DEVELOPPEMENT: hexToRgba(CATEGORICAL_SCHEME[0] ?? '#1b9e77'),
  ESPACE_HEBERGEMENT: hexToRgba(CATEGORICAL_SCHEME[1] ?? '#d95f02'),
  CENTRE_MULTIFONCTION: hexToRgba(CATEGORICAL_SCHEME[2] ?? '#7570b3'),
};

export interface StatutStyle {
  line: Rgba;
  lineWidth: number;
  fillAlpha: number;
}

// Le statut se lit par le contour et l'opacité, pas par une seconde couleur.
export const STATUT_POLE_STYLES: Record<StatutPole, StatutStyle> = {
  ACTIF: { line: [20, 20, 20, 255], lineWidth: 2, fillAlpha: 255 },
  PROJET: { line: [20, 20, 20, 255], lineWidth: 2, fillAlpha: 70 },
  INCONNU: { line: [120, 120, 120, 255], lineWidth: 1, fillAlpha: 160 },
  FERME: { line: [120, 120, 120, 255], lineWidth: 1, fillAlpha: 40 },
};

/** Index of the class of a value given the upper bounds; breaks = [min, b1, …, max]. */
export function getClassIndex(value: number, breaks: readonly number[]): number {
  const classes = breaks.length - 1;
  if (classes < 1) return 0;
  for (let i = 1; i < breaks.length; i += 1) {
    if (value <= (breaks[i] as number)) return i - 1;
  }
  return classes - 1;
}

export function getClassColor(
  value: number | null | undefined,
  breaks: readonly number[],
  colors: readonly Rgba[],
  classe?: number | null,
): Rgba {
  if (value === null || value === undefined || Number.isNaN(value) || breaks.length < 2) return COULEUR_NON_RENSEIGNE;
  // The API's class wins: it applied the same breaks, with its own rule for values on a break.
  const index = typeof classe === 'number' ? classe : getClassIndex(value, breaks);
  return colors[index] ?? COULEUR_NON_RENSEIGNE;
}
