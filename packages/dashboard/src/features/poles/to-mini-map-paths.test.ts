import { toMiniMapPaths } from './to-mini-map-paths';

describe('toMiniMapPaths', () => {
  const square = { type: 'Polygon' as const, coordinates: [[[0, 45], [1, 45], [1, 46], [0, 46], [0, 45]]] };

  it('fits the outline in the thumbnail, north up, with the point inside', () => {
    const shape = toMiniMapPaths(square, [0.5, 45.5], 200, 10);
    expect(shape?.paths).toHaveLength(1);
    expect(shape?.height).toBe(200);
    // 1° de longitude est plus court qu'1° de latitude à 45° N.
    expect(shape?.width).toBeLessThan(shape?.height ?? 0);
    expect(shape?.point?.y).toBeCloseTo(100, 0);
    expect(shape?.paths[0]?.startsWith('M10.0,190.0')).toBe(true);
  });

  it('draws a lone point when the outline is unknown, and nothing when both are', () => {
    const shape = toMiniMapPaths(null, [2.35, 48.85]);
    expect(shape?.paths).toEqual([]);
    expect(shape?.point).not.toBeNull();
    expect(toMiniMapPaths(null, null)).toBeNull();
  });
});
