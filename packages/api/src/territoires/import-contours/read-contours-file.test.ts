import { NiveauTerritorial } from '../territoire.enums';
import { parseImportContoursArgs } from './import-contours.command';
import { parseContours } from './read-contours-file';

const carre = { type: 'Polygon', coordinates: [[[-4, 48], [-3.9, 48], [-3.9, 48.1], [-4, 48]]] };
const feature = (properties: Record<string, unknown>, geometry: unknown = carre) => ({ type: 'Feature', properties, geometry });

describe('parseContours', () => {
  it('restores the leading zeros of codes written as numbers', () => {
    const file = parseContours({ type: 'FeatureCollection', features: [feature({ INSEE_COM: 1001 })] }, NiveauTerritorial.COMMUNE, 'INSEE_COM');
    expect(file.features.map((f) => f.code)).toEqual(['01001']);
    expect(file.srid).toBe(4326);
  });

  it('lists every problem of the file at once', () => {
    const collection = {
      type: 'FeatureCollection',
      features: [feature({ code: '29' }), feature({ code: '29' }), feature({}), feature({ code: '56' }, { type: 'Point', coordinates: [0, 0] })],
    };
    expect(() => parseContours(collection, NiveauTerritorial.DEPARTEMENT, 'code')).toThrow(
      /3 problème\(s\)[\s\S]*objet n° 2 : code 29 en double[\s\S]*objet n° 3 : propriété « code » absente[\s\S]*objet n° 4 \(56\) : géométrie Point/,
    );
  });
});

describe('parseImportContoursArgs', () => {
  it('reads the file relative to where pnpm was called, and the options', () => {
    expect(parseImportContoursArgs(['d.geojson', '--niveau', 'departement', '--source=IGN', '--reconstruire-parents'], '/tmp')).toEqual({
      file: '/tmp/d.geojson', niveau: 'DEPARTEMENT', proprieteCode: 'code', source: 'IGN', reconstruireParents: true, accepterInconnus: false,
    });
  });

  it('requires a named source and a known level', () => {
    expect(() => parseImportContoursArgs(['d.geojson', '--niveau', 'DEPARTEMENT'], '/tmp')).toThrow(/--source attendu/);
    expect(() => parseImportContoursArgs(['d.geojson', '--niveau', 'CANTON', '--source', 'x'], '/tmp')).toThrow(/--niveau attendu/);
  });
});
