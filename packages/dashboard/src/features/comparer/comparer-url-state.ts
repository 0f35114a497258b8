import { formatTerritoireParam, parseTerritoireParam, type TerritoireSelection } from '../../app/url-state';

export const COMPARER_MIN = 2;
export const COMPARER_MAX = 6;

// « t=PAYS:PAYS-BREST,REGION:53,FRANCE:FR » : l'ordre de l'URL est l'ordre des colonnes.
export function parseComparerTerritoires(raw: string | null): TerritoireSelection[] {
  if (!raw) return [];
  const result: TerritoireSelection[] = [];
  for (const part of raw.split(',')) {
    const territoire = parseTerritoireParam(part.trim());
    if (!territoire || result.some((t) => t.niveau === territoire.niveau && t.code === territoire.code)) continue;
    result.push(territoire);
    if (result.length === COMPARER_MAX) break;
  }
  return result;
}

export function formatComparerTerritoires(territoires: readonly TerritoireSelection[]): string {
  return territoires.map(formatTerritoireParam).join(',');
}
