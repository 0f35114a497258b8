import { fitViewState, getBounds } from './fit-view-state';

describe('fitViewState', () => {
  it('finds the bounds of mixed geometries', () => {
    expect(
      getBounds([
        { type: 'Point', coordinates: [-4.5, 48.4] },
        { type: 'MultiPolygon', coordinates: [[[[-1, 47], [-2, 48.5], [-1.5, 47.2], [-1, 47]]]] },
        null,
      ]),
    ).toEqual([[-4.5, 47], [-1, 48.5]]);
    expect(getBounds([null])).toBeNull();
  });

  it('leaves overseas parts out of a map of France, but frames an overseas territory alone', () => {
    const france = getBounds([
      { type: 'MultiPolygon', coordinates: [[[[-4.7, 48.4], [8.2, 49], [9.5, 42], [-4.7, 48.4]]], [[[55.3, -21.1], [55.8, -21.3], [55.5, -20.9], [55.3, -21.1]]]] },
    ]);
    expect(france).toEqual([[-4.7, 42], [9.5, 49]]);
    expect(getBounds([{ type: 'Point', coordinates: [55.5, -21] }])).toEqual([[55.5, -21], [55.5, -21]]);
  });

  it('centres on Bretagne and zooms closer than on France', () => {
    const bretagne = fitViewState([[-5.1, 47.3], [-1.0, 48.9]], 800, 600);
    const france = fitViewState([[-5.1, 41.3], [9.6, 51.1]], 800, 600);
    expect(bretagne.longitude).toBeCloseTo(-3.05, 2);
    expect(bretagne.latitude).toBeGreaterThan(48.0);
    expect(bretagne.latitude).toBeLessThan(48.2);
    expect(bretagne.zoom).toBeGreaterThan(france.zoom + 1);
    expect(france.zoom).toBeGreaterThan(4);
    expect(france.zoom).toBeLessThan(6);
  });
});
