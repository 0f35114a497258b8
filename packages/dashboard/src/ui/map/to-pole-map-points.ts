import { graphql } from '../../graphql/generated';
import type { PoleMapPoint_PoleFragment } from '../../graphql/generated/graphql';
import type { PoleMapPoint } from './map-types';
import { readPoint } from './read-point';

// What a pole point of any map needs: one fragment, spread by every query that draws poles.
export const PoleMapPoint_pole = graphql(`
  fragment PoleMapPoint_pole on Pole {
    id
    nom
    type
    statut
    position
    positionDerivee
  }
`);

/** Poles the map can place; those without a known place are counted apart, not dropped silently. */
export function toPoleMapPoints(poles: readonly PoleMapPoint_PoleFragment[]): { points: PoleMapPoint[]; sansPosition: number } {
  const points: PoleMapPoint[] = [];
  let sansPosition = 0;
  for (const pole of poles) {
    const position = readPoint(pole.position);
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
