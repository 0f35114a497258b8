import { formatCompte, formatNombre, NON_RENSEIGNE, STATUT_POLE_LABELS, TYPE_POLE_LABELS } from '@poles-ess/shared';
import { DENSITE_LAYER_ID } from './layer-ids';
import type { PoleMapPoint, TerritoireFeature } from './map-types';

export interface TooltipPick {
  layer?: { id: string } | null;
  object?: unknown;
}

export interface TooltipContext {
  /** e.g. « Population » ; null when no indicator is shown. */
  indicateurLabel: string | null;
  formatValeur?: (value: number | null | undefined) => string;
}

export interface MapTooltip {
  text: string;
}

function territoireText(feature: TerritoireFeature, context: TooltipContext): string {
  const { nom, code, valeur, geometrieSource } = feature.properties;
  const lines = [`${nom} (${code})`];
  if (context.indicateurLabel) {
    const format = context.formatValeur ?? ((v) => formatNombre(v));
    lines.push(`${context.indicateurLabel} : ${valeur === null || valeur === undefined ? NON_RENSEIGNE : format(valeur)}`);
  }
  if (geometrieSource === 'APPROXIMATIVE') lines.push('Contour approximatif');
  lines.push('Cliquer pour ouvrir sa page');
  return lines.join('\n');
}

function poleText(pole: PoleMapPoint): string {
  const lines = [pole.nom, TYPE_POLE_LABELS[pole.type], STATUT_POLE_LABELS[pole.statut]];
  if (pole.positionApproximative) lines.push('Position approximative');
  lines.push('Cliquer pour ouvrir sa fiche');
  return lines.join('\n');
}

// Pure: deck.gl's getTooltip calls it with the picked object; null hides the tooltip.
export function getMapTooltip(pick: TooltipPick, context: TooltipContext): MapTooltip | null {
  const object = pick.object as Record<string, unknown> | null | undefined;
  if (!object || !pick.layer) return null;
  if (pick.layer.id === DENSITE_LAYER_ID) {
    const count = typeof object.count === 'number' ? object.count : (object.points as unknown[] | undefined)?.length;
    return { text: `${count === null || count === undefined ? formatNombre(null) : formatCompte(count, 'pôle', 'pôles')} dans cet hexagone` };
  }
  if ('properties' in object) return { text: territoireText(object as unknown as TerritoireFeature, context) };
  if ('statut' in object && 'type' in object) return { text: poleText(object as unknown as PoleMapPoint) };
  return null;
}
