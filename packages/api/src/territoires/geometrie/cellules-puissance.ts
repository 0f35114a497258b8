import { IndexPlan } from './index-plan';
import type { PointPlan } from './lambert-93';

// A place with its power weight (m²): its cell is the set of points x where |x - p|² - w is smallest.
// With every weight at 0 the cells are the Voronoi cells.
export interface SitePondere {
  id: number;
  x: number;
  y: number;
  poids: number;
}

const PAS_INDEX = 20_000;

// Each cell starts as a square of half-side `demiCote` around its site and is cut by the half-plane of
// every other site, ring by ring, until no farther site can reach it. Sites must have distinct positions.
export function buildCellulesPuissance(sites: SitePondere[], demiCote: number): Map<number, PointPlan[]> {
  const index = new IndexPlan(sites, PAS_INDEX);
  const poidsMax = Math.max(0, ...sites.map((s) => s.poids));
  const cellules = new Map<number, PointPlan[]>();
  for (const p of sites) {
    let cellule: PointPlan[] = [[p.x - demiCote, p.y - demiCote], [p.x + demiCote, p.y - demiCote], [p.x + demiCote, p.y + demiCote], [p.x - demiCote, p.y + demiCote]];
    for (let r = 0; (r - 1) * PAS_INDEX < 2 * demiCote && cellule.length >= 3; r++) {
      const rayon = Math.max(...cellule.map(([x, y]) => Math.hypot(x - p.x, y - p.y)));
      // A site at distance d can take a point of the cell only if d < rayon + √(rayon² + poidsMax - poids).
      if (r > 1 && (r - 1) * PAS_INDEX >= rayon + Math.sqrt(rayon * rayon + poidsMax - p.poids)) break;
      for (const q of index.listAnneau(p.x, p.y, r)) if (q !== p && cellule.length >= 3) cellule = cutDemiPlan(cellule, p, q);
    }
    if (cellule.length >= 3) cellules.set(p.id, cellule);
  }
  return cellules;
}

// Keeps the part of the convex polygon nearer (in power distance) to p than to q.
export function cutDemiPlan(polygone: PointPlan[], p: SitePondere, q: SitePondere): PointPlan[] {
  const [nx, ny] = [q.x - p.x, q.y - p.y];
  const c = (q.x * q.x + q.y * q.y - p.x * p.x - p.y * p.y - q.poids + p.poids) / 2;
  const resultat: PointPlan[] = [];
  for (let i = 0; i < polygone.length; i++) {
    const a = polygone[i]!;
    const b = polygone[(i + 1) % polygone.length]!;
    const fa = nx * a[0] + ny * a[1] - c;
    const fb = nx * b[0] + ny * b[1] - c;
    if (fa <= 0) resultat.push(a);
    if ((fa < 0 && fb > 0) || (fa > 0 && fb < 0)) {
      const k = fa / (fa - fb);
      resultat.push([a[0] + k * (b[0] - a[0]), a[1] + k * (b[1] - a[1])]);
    }
  }
  return resultat;
}
