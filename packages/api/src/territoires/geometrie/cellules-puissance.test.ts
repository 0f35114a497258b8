import { buildCellulesPuissance, cutDemiPlan, type SitePondere } from './cellules-puissance';

const site = (id: number, x: number, y: number, poids = 0): SitePondere => ({ id, x, y, poids });
const aire = (polygone: [number, number][]): number =>
  Math.abs(polygone.reduce((s, [x, y], i) => s + x * polygone[(i + 1) % polygone.length]![1] - polygone[(i + 1) % polygone.length]![0] * y, 0)) / 2;

describe('power cells', () => {
  it('with no weight, splits at the perpendicular bisector (Voronoi)', () => {
    const carre: [number, number][] = [[-10, -10], [10, -10], [10, 10], [-10, 10]];
    const garde = cutDemiPlan(carre, site(1, -5, 0), site(2, 5, 0));
    expect(Math.max(...garde.map(([x]) => x))).toBeCloseTo(0, 9);
    expect(aire(garde)).toBeCloseTo(200, 9);
  });

  it('moves the boundary away from the heavier site', () => {
    // |x + 5|² - 40 = |x - 5|² → x = 2
    const garde = cutDemiPlan([[-10, -10], [10, -10], [10, 10], [-10, 10]], site(1, -5, 0, 40), site(2, 5, 0));
    expect(Math.max(...garde.map(([x]) => x))).toBeCloseTo(2, 9);
  });

  it('gives each site the points where its power distance is smallest', () => {
    const sites = [site(1, 0, 0), site(2, 30_000, 0), site(3, 0, 30_000, 1e8), site(4, 60_000, 45_000)];
    const cellules = buildCellulesPuissance(sites, 100_000);
    expect(cellules.size).toBe(4);
    for (const [id, cellule] of cellules) {
      const p = sites.find((s) => s.id === id)!;
      const interieur = cellule.reduce(([sx, sy], [x, y]) => [sx + x / cellule.length, sy + y / cellule.length], [0, 0]);
      const puissance = (s: SitePondere) => (interieur[0]! - s.x) ** 2 + (interieur[1]! - s.y) ** 2 - s.poids;
      for (const q of sites) expect(puissance(p)).toBeLessThanOrEqual(puissance(q) + 1e-6);
    }
  });
});
