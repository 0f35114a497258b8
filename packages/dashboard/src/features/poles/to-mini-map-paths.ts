import type { Geometry, Position } from 'geojson';

export interface MiniMapShape {
  /** Attributs `d` des contours, dans le repère de la vignette. */
  paths: string[];
  point: { x: number; y: number } | null;
  width: number;
  height: number;
}

function collectRings(geometry: Geometry): Position[][] {
  switch (geometry.type) {
    case 'Polygon':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
    case 'GeometryCollection':
      return geometry.geometries.flatMap(collectRings);
    default:
      return [];
  }
}

// Projection équirectangulaire corrigée de la latitude moyenne : juste pour une vignette de quelques dizaines de km.
export function toMiniMapPaths(outline: Geometry | null, point: [number, number] | null, size = 240, margin = 12): MiniMapShape | null {
  const rings = outline ? collectRings(outline) : [];
  const positions = rings.flat();
  if (point) positions.push(point);
  if (positions.length === 0) return null;
  const lons = positions.map((p) => p[0] ?? 0);
  const lats = positions.map((p) => p[1] ?? 0);
  let [minLon, maxLon, minLat, maxLat] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  // Un point seul : une fenêtre d'environ 20 km autour de lui.
  if (maxLon - minLon < 1e-6 && maxLat - minLat < 1e-6) {
    [minLon, maxLon, minLat, maxLat] = [minLon - 0.15, maxLon + 0.15, minLat - 0.1, maxLat + 0.1];
  }
  const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = (maxLon - minLon) * kx;
  const spanY = maxLat - minLat;
  const scale = (size - 2 * margin) / Math.max(spanX, spanY);
  const width = Math.round(spanX * scale + 2 * margin);
  const height = Math.round(spanY * scale + 2 * margin);
  const project = (lon: number, lat: number) => ({ x: margin + (lon - minLon) * kx * scale, y: margin + (maxLat - lat) * scale });
  const paths = rings
    .filter((ring) => ring.length > 2)
    .map((ring) => `${ring.map((p, i) => { const { x, y } = project(p[0] ?? 0, p[1] ?? 0); return `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`; }).join('')}Z`);
  return { paths, point: point ? project(point[0], point[1]) : null, width, height };
}
