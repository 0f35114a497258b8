const isPosition = (p: unknown): p is number[] =>
  Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n));

function ringProblem(ring: unknown): string | null {
  if (!Array.isArray(ring) || ring.length < 4) return 'anneau de moins de 4 positions';
  if (!ring.every(isPosition)) return 'position non numérique';
  const first = ring[0] as number[];
  const last = ring[ring.length - 1] as number[];
  if (first[0] !== last[0] || first[1] !== last[1]) return 'anneau non fermé';
  return null;
}

// What PostGIS would accept silently but is not a polygon (PostGIS repairs self-intersections, not this).
export function polygonProblem(type: 'Polygon' | 'MultiPolygon', coordinates: unknown): string | null {
  const polygons = type === 'Polygon' ? [coordinates] : coordinates;
  if (!Array.isArray(polygons) || polygons.length === 0) return 'coordonnées absentes';
  for (const polygon of polygons) {
    if (!Array.isArray(polygon) || polygon.length === 0) return 'polygone sans anneau';
    for (const ring of polygon) {
      const problem = ringProblem(ring);
      if (problem) return problem;
    }
  }
  return null;
}
