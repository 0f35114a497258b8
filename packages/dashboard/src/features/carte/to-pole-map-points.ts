import type { StatutPole, TypePole } from '@poles-ess/shared';
import type { PoleMapPoint } from '../../ui/map/map-types';

export interface PoleWithPosition {
  id: string;
  nom: string;
  type: TypePole;
  statut: StatutPole;
  /** GeoJSON Point from the API, null when the place is unknown. */
  position?: unknown;
  positionDerivee?: boolean | null;
}

function toCoordinates(position: unknown): [number, number] | null {
  if (!position || typeof position !== 'object') return null;
  const point = position as { type?: string; coordinates?: unknown };
  if (point.type !== 'Point' || !Array.isArray(point.coordinates)) return null;
  const [lon, lat] = point.coordinates as unknown[];
  return typeof lon === 'number' && typeof lat === 'number' ? [lon, lat] : null;
}

/** Poles the map can place; those without a known place are counted apart, not dropped silently. */
export function toPoleMapPoints(poles: readonly PoleWithPosition[]): { points: PoleMapPoint[]; sansPosition: number } {
  const points: PoleMapPoint[] = [];
  let sansPosition = 0;
  for (const pole of poles) {
    const position = toCoordinates(pole.position);
    if (!position) {
      sansPosition += 1;
      continue;
    }
    points.push({
      id: pole.id,
      nom: pole.nom,
      type: pole.type,
      statut: pole.statut,
      position,
      positionApproximative: Boolean(pole.positionDerivee),
    });
  }
  return { points, sansPosition };
}
