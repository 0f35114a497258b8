// The API's positions are GeoJSON scalars (untyped by codegen): a Point with two numbers, or nothing.
export function readPoint(position: unknown): [number, number] | null {
  if (!position || typeof position !== 'object') return null;
  const { type, coordinates } = position as { type?: unknown; coordinates?: unknown };
  if (type !== 'Point' || !Array.isArray(coordinates)) return null;
  const [lon, lat] = coordinates as unknown[];
  return typeof lon === 'number' && typeof lat === 'number' ? [lon, lat] : null;
}
