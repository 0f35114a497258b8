import { simplify } from 'topojson-simplify';
import type { TopologieCommunes } from './read-contours-communes';
import { decodeLevel, groupObjects, mergeGroups, simplifyZones, type Polygones, type Topology } from './topologie-communes';

// Visvalingam areas in square degrees, about one square pixel on a France map (BASSE) and on a regional one
// (MOYENNE), then the grid of the GeoJSON the API sends (data/contours/MESURES.md).
export const VERSIONS_AFFICHAGE = {
  MOYENNE: { seuil: 2e-5, decimales: 4 },
  BASSE: { seuil: 2e-4, decimales: 3 },
} as const;

const aireAnneau = (anneau: number[][]) =>
  Math.abs(
    anneau.reduce((s, p, i) => s + (i ? anneau[i - 1]![0]! * p[1]! - p[0]! * anneau[i - 1]![1]! : 0), 0),
  ) / 2;

// Rings that collapse on the grid are dropped.
export function roundPolygons(g: Polygones, decimales: number): Polygones['coordinates'] {
  const f = 10 ** decimales;
  return g.coordinates
    .map((p) => p.map((anneau) => anneau.map(([x, y]) => [Math.round(x! * f) / f, Math.round(y! * f) / f])))
    .filter((p) => p[0]!.length >= 4 && aireAnneau(p[0]!) > 0);
}

// The communes simplified on their shared topology, every other level on its own (so that a level keeps only
// the junctions between its members); then rounded to the grid. Neighbours keep shared borders: no gap, no
// overlap. A territory whose every ring collapses is left out (the API falls back to a finer version).
export function buildDisplayVersion(
  presimplifiees: Record<string, Topology>,
  topologiesNiveaux: Map<string, Topology>,
  zones: Record<string, TopologieCommunes>,
  actuelle: Map<string, string>,
  seuil: number,
  decimales: number,
): Map<string, Map<string, Polygones>> {
  const niveaux = new Map<string, Map<string, Polygones>>();
  niveaux.set(
    'COMMUNE',
    mergeGroups(
      simplifyZones(presimplifiees, seuil),
      groupObjects(zones, (c) => actuelle.get(c)),
      true,
    ),
  );
  for (const [niveau, t] of topologiesNiveaux) niveaux.set(niveau, decodeLevel(simplify(t, seuil) as Topology));
  for (const territoires of niveaux.values()) {
    for (const [code, g] of territoires) {
      const coordinates = roundPolygons(g, decimales);
      if (coordinates.length) territoires.set(code, { type: 'MultiPolygon', coordinates });
      else territoires.delete(code);
    }
  }
  return niveaux;
}
