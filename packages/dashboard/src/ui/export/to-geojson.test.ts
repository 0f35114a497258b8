import { toFeatureCollection } from './to-geojson';

describe('toFeatureCollection', () => {
  it('keeps every row, with a null geometry where the position is unknown', () => {
    const rows = [
      { nom: 'ARTIS', lon: 5.72, lat: 45.18 },
      { nom: 'Sans position', lon: null, lat: null },
    ];
    const collection = toFeatureCollection(
      rows,
      (row) => (row.lon === null || row.lat === null ? null : { type: 'Point', coordinates: [row.lon, row.lat] }),
      [{ key: 'nom', value: (row) => row.nom }],
    );
    expect(collection.features).toHaveLength(2);
    expect(collection.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [5.72, 45.18] });
    expect(collection.features[1]?.geometry).toBeNull();
    expect(collection.features[1]?.properties).toEqual({ nom: 'Sans position' });
  });
});
