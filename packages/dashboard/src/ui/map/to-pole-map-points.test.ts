import type { Point } from 'geojson';
import { toPoleMapPoints } from './to-pole-map-points';

const point = (lon: number, lat: number): Point => ({ type: 'Point', coordinates: [lon, lat] });

describe('toPoleMapPoints', () => {
  it('places poles with a known point and counts the others', () => {
    const { points, sansPosition } = toPoleMapPoints([
      { id: '1', nom: 'A', type: 'ESPACE_HEBERGEMENT', statut: 'ACTIF', position: point(-1.68, 48.11), positionDerivee: false },
      { id: '2', nom: 'B', type: 'ASSOCIATION_DEVELOPPEMENT', statut: 'PROJET', position: point(-3, 48), positionDerivee: true },
      { id: '3', nom: 'C', type: 'CENTRE_MULTIFONCTION', statut: 'INCONNU', position: null, positionDerivee: false },
    ]);
    expect(points.map((p) => [p.id, p.position, p.positionApproximative])).toEqual([
      ['1', [-1.68, 48.11], false],
      ['2', [-3, 48], true],
    ]);
    expect(sansPosition).toBe(1);
  });
});
