import type { PointPlan } from './lambert-93';
import { computePoidsCapacite } from './poids-capacite';

describe('power weights fitted to the communes each place carries', () => {
  it('grows the cell of the place that carries more communes', () => {
    const grille: PointPlan[] = [];
    for (let x = 0; x < 40_000; x += 1_000) for (let y = 0; y < 20_000; y += 1_000) grille.push([x, y]);
    const poids = computePoidsCapacite(
      [{ id: 1, x: 10_000, y: 10_000, charge: 3 }, { id: 2, x: 30_000, y: 10_000, charge: 1 }],
      grille,
      1_000,
    );
    expect(poids.get(1)!).toBeGreaterThan(poids.get(2)!);
  });

  it('leaves equal places with equal weights', () => {
    const grille: PointPlan[] = [];
    for (let x = 500; x < 40_000; x += 1_000) for (let y = 500; y < 20_000; y += 1_000) grille.push([x, y]);
    const poids = computePoidsCapacite([{ id: 1, x: 10_000, y: 10_000, charge: 1 }, { id: 2, x: 30_000, y: 10_000, charge: 1 }], grille, 1_000);
    expect(poids.get(1)).toBeCloseTo(poids.get(2)!, 6);
  });
});
