import { toPolesCsv, toPolesGeoJson } from './export-poles';
import type { PoleTableRow } from './to-pole-table-rows';

const ROW: PoleTableRow = {
  id: 'p1',
  nom: 'ADESS Pays de Brest',
  type: 'ASSOCIATION_DEVELOPPEMENT',
  typeLibelle: 'Association de développement',
  statut: 'ACTIF',
  statutLibelle: 'Actif',
  anneeStatut: null,
  territoireAction: 'Pays de Brest',
  communeSiege: 'Brest',
  pays: 'Pays de Brest',
  region: 'Bretagne',
  ancienneRegion: 'Bretagne',
  paysRegion: 'Pays de Brest · Bretagne',
  lon: -4.49,
  lat: 48.39,
  positionApproximative: true,
  precisionPosition: 'TERRITOIRE',
};

describe('poles exports', () => {
  it('writes the CSV with French headers and labels, decimal commas and the approximate-position flag', () => {
    const lines = toPolesCsv([ROW]).replace('\uFEFF', '').split('\r\n');
    expect(lines[0]).toContain('Nom;Type;Statut');
    expect(lines[1]).toBe('p1;ADESS Pays de Brest;Association de développement;Actif;;Pays de Brest;Brest;Pays de Brest;Bretagne;Bretagne;-4,49;48,39;oui');
  });

  it('writes GeoJSON points with their source, and no position where it is unknown', () => {
    const collection = JSON.parse(toPolesGeoJson([ROW, { ...ROW, id: 'p2', lon: null, lat: null }]));
    expect(collection.features[0].geometry).toEqual({ type: 'Point', coordinates: [-4.49, 48.39] });
    expect(collection.features[0].properties.precisionPosition).toBe('TERRITOIRE');
    expect(collection.features[0].properties.source).toMatch(/étude/);
    expect(collection.features[1].geometry).toBeNull();
  });
});
