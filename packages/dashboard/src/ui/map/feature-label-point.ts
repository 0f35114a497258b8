import type { Geometry, Position } from 'geojson';
import type { LabelPoint, TerritoireCollection } from './map-types';

function ringArea(ring: Position[]): number {
  let area = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    area += xj * yi - xi * yj;
  }
  return area / 2;
}

function ringCentroid(ring: Position[]): [number, number] | null {
  const area = ringArea(ring);
  if (area === 0) return null;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    const f = xj * yi - xi * yj;
    cx += (xi + xj) * f;
    cy += (yi + yj) * f;
  }
  return [cx / (6 * area), cy / (6 * area)];
}

function largestOuterRing(geometry: Geometry): { ring: Position[]; area: number } | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  let best: Position[] | null = null;
  let bestArea = 0;
  for (const polygon of polygons) {
    const outer = polygon[0];
    if (!outer) continue;
    const area = Math.abs(ringArea(outer));
    if (area > bestArea) {
      bestArea = area;
      best = outer;
    }
  }
  return best ? { ring: best, area: bestArea } : null;
}

// The label sits at the centroid of the largest polygon: islands do not drag it out to sea.
export function getLabelPosition(geometry: Geometry | null): [number, number] | null {
  if (!geometry) return null;
  if (geometry.type === 'Point') return [geometry.coordinates[0] ?? 0, geometry.coordinates[1] ?? 0];
  const largest = largestOuterRing(geometry);
  return largest ? ringCentroid(largest.ring) : null;
}

export function toLabelPoints(collection: TerritoireCollection | null): LabelPoint[] {
  if (!collection) return [];
  const placed = collection.features.flatMap((feature) => {
    const position = getLabelPosition(feature.geometry);
    const area = feature.geometry && feature.geometry.type !== 'Point' ? (largestOuterRing(feature.geometry)?.area ?? 0) : 0;
    return position ? [{ feature, position, area }] : [];
  });
  const maxArea = Math.max(0, ...placed.map((p) => p.area));
  return placed.map(({ feature, position, area }) => ({
    code: feature.properties.code,
    nom: feature.properties.nom,
    position,
    priorite: maxArea > 0 ? Math.round((area / maxArea) * 1000) : 0,
  }));
}

export function hasApproximateGeometry(collection: TerritoireCollection | null): boolean {
  return Boolean(collection?.features.some((f) => f.properties.geometrieSource === 'APPROXIMATIVE'));
}
