import { detectSrid, samplePositions } from './detect-srid';

describe('detectSrid', () => {
  it('reads the crs member written by QGIS and ogr2ogr', () => {
    expect(detectSrid({ type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::2154' } }, [])).toBe(2154);
    expect(detectSrid({ type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } }, [])).toBe(4326);
    expect(detectSrid({ type: 'name', properties: { name: 'EPSG:4326' } }, [])).toBe(4326);
  });

  it('tells degrees from Lambert-93 metres when there is no crs member', () => {
    expect(detectSrid(undefined, samplePositions([[[[-4.48, 48.39], [-4.4, 48.4]]]]))).toBe(4326);
    expect(detectSrid(undefined, samplePositions([[[145000, 6836000], [146000, 6837000]]]))).toBe(2154);
    expect(detectSrid(undefined, [[5_000_000, 100]])).toBeNull();
  });
});
