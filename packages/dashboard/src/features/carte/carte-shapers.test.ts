import { asTerritoireCollection, countNonRenseignes, joinValeurs } from './join-valeurs';
import { toPoleMapPoints } from './to-pole-map-points';
import { summarizeSources } from './summarize-sources';
import type { TerritoireCollection } from '../../ui/map/map-types';

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

describe('toPoleMapPoints', () => {
  it('places poles with a known point and counts the others', () => {
    const { points, sansPosition } = toPoleMapPoints([
      { id: '1', nom: 'A', type: 'ESPACE_HEBERGEMENT', statut: 'ACTIF', position: { type: 'Point', coordinates: [-1.68, 48.11] }, positionDerivee: false },
      { id: '2', nom: 'B', type: 'ASSOCIATION_DEVELOPPEMENT', statut: 'PROJET', position: { type: 'Point', coordinates: [-3, 48] }, positionDerivee: true },
      { id: '3', nom: 'C', type: 'CENTRE_MULTIFONCTION', statut: 'INCONNU', position: null },
    ]);
    expect(points.map((p) => [p.id, p.position, p.positionApproximative])).toEqual([
      ['1', [-1.68, 48.11], false],
      ['2', [-3, 48], true],
    ]);
    expect(sansPosition).toBe(1);
  });
});

describe('summarizeSources', () => {
  it('states the method then each source once with its years', () => {
    const text = summarizeSources({
      methode: 'Part la plus récente sur l’emploi salarié total.',
      valeurs: [
        { source: 'Panorama CNCRESS', annee: 2013 },
        { source: 'Panorama CNCRESS', annee: 2010 },
        { source: 'Atlas CNCRESS', annee: 2011 },
        { source: null, annee: null },
      ],
    });
    expect(text).toBe('Part la plus récente sur l’emploi salarié total ; Panorama CNCRESS (2010, 2013) ; Atlas CNCRESS (2011)');
  });

  it('says nothing without classes', () => {
    expect(summarizeSources(null)).toBeNull();
  });
});
