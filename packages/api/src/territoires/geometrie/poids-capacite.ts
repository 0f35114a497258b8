import { IndexPlan } from './index-plan';
import type { PointPlan } from './lambert-93';

export interface SiteCharge {
  id: number;
  x: number;
  y: number;
  // How many communes the place stands for: its own, plus its share of the communes GeoNames omits.
  charge: number;
}

// Global constants, set once against the official outlines (never per territory): the radius over which
// the land area per commune is averaged, and how far a weight may move a boundary (× spacing²).
export const RAYON_DENSITE = 50_000;
const BORNE_POIDS = 0.5;
const ITERATIONS = 6;
const AMORTI = 0.5;
const CANDIDATS = 16;

// Power weights such that each place's cell covers about its share of land: charge × the local land
// area per commune. A place carrying many small villages grows; a lone town among dense places shrinks.
// The cells are fitted on `grille`, points of land `pas` metres apart.
export function computePoidsCapacite(sites: SiteCharge[], grille: PointPlan[], pas: number): Map<number, number> {
  const aireCase = pas * pas;
  const index = new IndexPlan(sites, 20_000);
  const indexGrille = new IndexPlan(grille.map(([x, y]) => ({ x, y })), 20_000);
  const cible = sites.map((s) => {
    const terre = indexGrille.listProches(s.x, s.y, RAYON_DENSITE).length * aireCase;
    const communes = index.listProches(s.x, s.y, RAYON_DENSITE).reduce((n, v) => n + v.charge, 0);
    return (s.charge * terre) / communes;
  });
  const facteur = (grille.length * aireCase) / cible.reduce((a, b) => a + b, 0);
  const borne = sites.map((s) => BORNE_POIDS * listPlusProches(index, s, 2).at(-1)!.d2);
  const rang = new Map(sites.map((s, i) => [s, i]));
  const candidats = grille.map(([x, y]) => listPlusProches(index, { x, y }, CANDIDATS).map((c) => ({ i: rang.get(c.site)!, d2: c.d2 })));
  const poids = new Float64Array(sites.length);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const aire = new Float64Array(sites.length);
    for (const liste of candidats) {
      let meilleur = liste[0]!;
      for (const c of liste) if (c.d2 - poids[c.i]! < meilleur.d2 - poids[meilleur.i]!) meilleur = c;
      aire[meilleur.i]! += aireCase;
    }
    for (let i = 0; i < sites.length; i++) {
      const p = poids[i]! + (AMORTI * (cible[i]! * facteur - aire[i]!)) / Math.PI;
      poids[i] = Math.max(-borne[i]!, Math.min(borne[i]!, p));
    }
  }
  return new Map(sites.map((s, i) => [s.id, poids[i]!]));
}

// The k nearest sites at a distinct position (the first one is the point itself when it is a site).
function listPlusProches<S extends { x: number; y: number }>(index: IndexPlan<S>, p: { x: number; y: number }, k: number): { site: S; d2: number }[] {
  const trouves: { site: S; d2: number }[] = [];
  for (let r = 0; trouves.length < index.taille; r++) {
    for (const site of index.listAnneau(p.x, p.y, r)) trouves.push({ site, d2: (site.x - p.x) ** 2 + (site.y - p.y) ** 2 });
    trouves.sort((a, b) => a.d2 - b.d2);
    if (trouves.length >= k && (r * index.pas) ** 2 >= trouves[k - 1]!.d2) break;
  }
  return trouves.slice(0, k);
}
