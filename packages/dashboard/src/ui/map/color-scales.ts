import { classeDe, TYPE_POLE_COULEURS, type StatutPole, type TypePole } from '@poles-ess/shared';
import { schemeYlGnBu } from 'd3-scale-chromatic';

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
  const scheme = schemeYlGnBu[n];
  return (scheme ?? []).map((hex) => hexToRgba(hex));
}

// deck.gl veut des composantes : la couleur d'un type reste celle de packages/shared.
export function getTypePoleRgba(type: TypePole, alpha = 255): Rgba {
  return hexToRgba(TYPE_POLE_COULEURS[type], alpha);
}

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

export function getClassColor(
  value: number | null | undefined,
  breaks: readonly number[],
  colors: readonly Rgba[],
  classe?: number | null,
): Rgba {
  if (value === null || value === undefined || Number.isNaN(value) || breaks.length < 2) return COULEUR_NON_RENSEIGNE;
  // The API's class when it gave one; otherwise the same shared rule (a value on a break goes to the upper class).
  const index = typeof classe === 'number' ? classe : classeDe(value, breaks);
  return colors[index] ?? COULEUR_NON_RENSEIGNE;
}
