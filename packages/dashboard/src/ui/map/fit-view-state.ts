import type { Geometry, Position } from 'geojson';

export type Bounds = [[number, number], [number, number]];

// La France métropolitaine, Corse comprise : une carte de la France ou d'une région d'outre-mer
// ne doit pas se dézoomer sur tout l'Atlantique.
const METROPOLE: Bounds = [[-5.5, 41.2], [9.7, 51.2]];

type Acc = { minX: number; minY: number; maxX: number; maxY: number };

function inMetropole(x: number, y: number): boolean {
  return x >= METROPOLE[0][0] && x <= METROPOLE[1][0] && y >= METROPOLE[0][1] && y <= METROPOLE[1][1];
}

function visit(coords: unknown, acc: Acc, onlyMetropole: boolean): void {
  if (!Array.isArray(coords)) return;
  if (typeof coords[0] === 'number' && typeof coords[1] === 'number') {
    const [x, y] = coords as Position as [number, number];
    if (onlyMetropole && !inMetropole(x, y)) return;
    acc.minX = Math.min(acc.minX, x);
    acc.minY = Math.min(acc.minY, y);
    acc.maxX = Math.max(acc.maxX, x);
    acc.maxY = Math.max(acc.maxY, y);
    return;
  }
  for (const child of coords) visit(child, acc, onlyMetropole);
}

function collect(geometries: readonly (Geometry | null | undefined)[], onlyMetropole: boolean): Bounds | null {
  const acc: Acc = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const geometry of geometries) {
    if (geometry && 'coordinates' in geometry) visit(geometry.coordinates, acc, onlyMetropole);
  }
  return Number.isFinite(acc.minX) ? [[acc.minX, acc.minY], [acc.maxX, acc.maxY]] : null;
}

/** Bounds of the metropolitan part when there is one (overseas parts are left out), else of everything. */
export function getBounds(geometries: readonly (Geometry | null | undefined)[]): Bounds | null {
  return collect(geometries, true) ?? collect(geometries, false);
}

function mercatorY(lat: number): number {
  const rad = (lat * Math.PI) / 180;
  return Math.log(Math.tan(Math.PI / 4 + rad / 2));
}

/** Web Mercator view centred on the bounds, zoomed so they fill width×height minus padding (paddingX on the sides). */
export function fitViewState(bounds: Bounds, width: number, height: number, padding = 24, paddingX = padding) {
  const [[minX, minY], [maxX, maxY]] = bounds;
  const spanX = Math.max(maxX - minX, 0.01) / 360;
  const spanY = Math.max(mercatorY(maxY) - mercatorY(minY), 0.0002) / (2 * Math.PI);
  const zoomX = Math.log2((width - 2 * paddingX) / 512 / spanX);
  const zoomY = Math.log2((height - 2 * padding) / 512 / spanY);
  const midY = (mercatorY(minY) + mercatorY(maxY)) / 2;
  return {
    longitude: (minX + maxX) / 2,
    latitude: (Math.atan(Math.sinh(midY)) * 180) / Math.PI,
    zoom: Math.min(11, Math.max(3, Math.min(zoomX, zoomY))),
    pitch: 0,
    bearing: 0,
  };
}
