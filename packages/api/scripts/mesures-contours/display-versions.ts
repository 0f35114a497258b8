import type { TopologieCommunes } from '../../src/territoires/contours-officiels/read-contours-communes';
import { simplify } from 'topojson-simplify';
import { decodeLevel, groupObjects, mergeGroups, simplifyZones, type Topology } from './topology-ops';
import type { Niveau } from './read-appartenances';

type Polygones = GeoJSON.MultiPolygon;

// Display grids, as today's build-display-geometry.ts: 0.001° for BASSE, 0.0001° for MOYENNE.
export const DECIMALES = { BASSE: 3, MOYENNE: 4 };

const aireAnneau = (anneau: number[][]) =>
  Math.abs(
    anneau.reduce((s, p, i) => s + (i ? anneau[i - 1]![0]! * p[1]! - p[0]! * anneau[i - 1]![1]! : 0), 0),
  ) / 2;

// Rings that collapse on the grid are dropped.
function roundPolygons(g: Polygones, decimales: number): Polygones['coordinates'] {
  const f = 10 ** decimales;
  return g.coordinates
    .map((p) => p.map((anneau) => anneau.map(([x, y]) => [Math.round(x! * f) / f, Math.round(y! * f) / f])))
    .filter((p) => p[0]!.length >= 4 && aireAnneau(p[0]!) > 0);
}

// JSON of the geometries as the API sends them (ST_AsGeoJSON, `decimales` digits), and what collapses.
export function measureJson(geometries: Iterable<Polygones>, decimales: number) {
  let octets = 0;
  let vides = 0;
  let points = 0;
  for (const g of geometries) {
    const polygones = roundPolygons(g, decimales);
    if (!polygones.length) vides += 1;
    points += polygones.flat(2).length;
    octets += JSON.stringify({ type: 'MultiPolygon', coordinates: polygones }).length;
  }
  return { ko: Math.round(octets / 100) / 10, vides, points };
}

// The communes simplified on their shared topology, every other level on its own; then rounded to the grid.
export function buildDisplayVersion(
  presimplifiees: Record<string, Topology>,
  topologiesNiveaux: Map<Niveau, Topology>,
  zones: Record<string, TopologieCommunes>,
  actuelle: Map<string, string>,
  seuil: number,
  decimales: number,
): Map<Niveau | 'COMMUNE', Map<string, Polygones>> {
  const niveaux = new Map<Niveau | 'COMMUNE', Map<string, Polygones>>();
  niveaux.set(
    'COMMUNE',
    mergeGroups(
      simplifyZones(presimplifiees, seuil),
      groupObjects(zones, (c) => actuelle.get(c)),
      true,
    ),
  );
  for (const [niveau, t] of topologiesNiveaux)
    niveaux.set(niveau, decodeLevel(simplify(t, seuil) as Topology));
  for (const territoires of niveaux.values()) {
    for (const [code, g] of territoires)
      territoires.set(code, { type: 'MultiPolygon', coordinates: roundPolygons(g, decimales) });
  }
  return niveaux;
}
