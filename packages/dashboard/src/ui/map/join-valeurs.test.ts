import { asTerritoireCollection, countNonRenseignes, joinValeurs } from './join-valeurs';
import type { TerritoireCollection } from './map-types';

const COLLECTION: TerritoireCollection = {
  type: 'FeatureCollection',
  features: ['29', '35', '2A'].map((code) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [0, 0] },
    properties: { code, nom: `Département ${code}`, geometrieSource: 'APPROXIMATIVE' },
  })),
};

describe('joinValeurs', () => {
  it('joins values by code and leaves unknown ones null', () => {
    const joined = joinValeurs(COLLECTION, [
      { code: '29', valeur: 12, classe: 2 },
      { code: '2A', valeur: 0, classe: 0 },
    ]);
    expect(joined.features.map((f) => f.properties.valeur)).toEqual([12, null, 0]);
    expect(joined.features.map((f) => f.properties.classe)).toEqual([2, null, 0]);
    expect(countNonRenseignes(joined)).toBe(1);
  });

  it('accepts only a FeatureCollection from the GeoJSON scalar', () => {
    expect(asTerritoireCollection(COLLECTION)).toBe(COLLECTION);
    expect(asTerritoireCollection({ type: 'Feature' })).toBeNull();
    expect(asTerritoireCollection(null)).toBeNull();
    expect(asTerritoireCollection(JSON.stringify(COLLECTION))?.features).toHaveLength(3);
  });
});
