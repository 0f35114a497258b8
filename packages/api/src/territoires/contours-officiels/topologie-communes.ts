import { feature, merge } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryObject, Objects, Topology as TopologyBase } from 'topojson-specification';
import type { TopologieCommunes } from './read-contours-communes';

export type Polygones = GeoJSON.MultiPolygon;
export type Topology = TopologyBase<Objects<{ code: string }>>;

// Parent → the 2018 geometry objects of its members, per zone (a parent never spans two zones but France).
export type Groupes = Map<string, Map<string, GeometryObject[]>>;

export function groupObjects(
  zones: Record<string, TopologieCommunes>,
  parentDe2018: (code2018: string) => string | readonly string[] | undefined,
): Groupes {
  const groupes: Groupes = new Map();
  for (const [zone, topologie] of Object.entries(zones)) {
    for (const objet of topologie.objects.communes.geometries) {
      // Several parents when a territory does not nest (an EPCI across two départements…).
      const parents = parentDe2018((objet.properties as { code: string }).code) ?? [];
      for (const parent of typeof parents === 'string' ? [parents] : parents) {
        const parZone = groupes.get(parent) ?? new Map<string, GeometryObject[]>();
        groupes.set(parent, parZone);
        const objets = parZone.get(zone) ?? [];
        objets.push(objet as GeometryObject);
        parZone.set(zone, objets);
      }
    }
  }
  return groupes;
}

// Dissolve by shared arcs: the union of a coverage without any geometric computation.
// `decoderSeuls`: a group of one object is decoded as it is (much faster than a merge of one).
export function mergeGroups(
  zones: Record<string, Topology>,
  groupes: Groupes,
  decoderSeuls = false,
): Map<string, Polygones> {
  const resultat = new Map<string, Polygones>();
  for (const [parent, parZone] of groupes) {
    const coordinates = [...parZone].flatMap(([zone, objets]) => {
      if (!decoderSeuls || objets.length > 1) return merge(zones[zone]!, objets as never).coordinates;
      const g = (feature(zones[zone]!, objets[0]!) as GeoJSON.Feature).geometry as
        GeoJSON.Polygon | GeoJSON.MultiPolygon;
      return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    });
    resultat.set(parent, { type: 'MultiPolygon', coordinates });
  }
  return resultat;
}

export function simplifyZones(
  presimplifiees: Record<string, Topology>,
  poids: number,
): Record<string, Topology> {
  return Object.fromEntries(Object.entries(presimplifiees).map(([zone, t]) => [zone, simplify(t, poids)]));
}

export function presimplifyZones(zones: Record<string, TopologieCommunes>): Record<string, Topology> {
  return Object.fromEntries(Object.entries(zones).map(([zone, t]) => [zone, presimplify(t as Topology)]));
}

// One level's own topology (its members' borders only), so that its simplification keeps only the
// junctions between its members, not those between the communes inside them. Its members share exactly
// the same decoded coordinates along their borders: shared arcs are found again without any grid.
export function buildLevelTopology(territoires: Map<string, Polygones>): Topology {
  const features = [...territoires].map(([code, geometry]) => ({
    type: 'Feature' as const,
    properties: { code },
    geometry,
  }));
  return presimplify(topology({ niveau: { type: 'FeatureCollection', features } } as never) as Topology);
}

export function decodeLevel(t: Topology): Map<string, Polygones> {
  const collection = feature(t, t.objects.niveau!) as GeoJSON.FeatureCollection<
    GeoJSON.Polygon | GeoJSON.MultiPolygon,
    { code: string }
  >;
  return new Map(
    collection.features.map((f) => [
      f.properties.code,
      f.geometry.type === 'Polygon'
        ? { type: 'MultiPolygon', coordinates: [f.geometry.coordinates] }
        : f.geometry,
    ]),
  );
}
