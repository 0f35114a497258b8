import { getMapTooltip } from './map-tooltip';
import { getLabelPosition, hasApproximateGeometry } from './feature-label-point';
import type { PoleMapPoint, TerritoireFeature } from './map-types';

const PAYS: TerritoireFeature = {
  type: 'Feature',
  geometry: { type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]] },
  properties: { code: 'PAYS-BREST', nom: 'Pays de Brest', geometrieSource: 'APPROXIMATIVE', valeur: 412345 },
};

const POLE: PoleMapPoint = {
  id: '12',
  nom: 'ADESS Pays de Brest',
  type: 'ASSOCIATION_DEVELOPPEMENT',
  statut: 'ACTIF',
  position: [-4.48, 48.39],
  positionApproximative: true,
};

describe('map tooltip', () => {
  it('shows a territory with its value in fr-FR and flags its approximate outline', () => {
    const tooltip = getMapTooltip({ layer: { id: 'territoires-choroplethe' }, object: PAYS }, { indicateurLabel: 'Population' });
    expect(tooltip?.text.split('\n')).toEqual([
      'Pays de Brest (PAYS-BREST)',
      'Population : 412\u202f345',
      'Contour approximatif',
      'Cliquer pour ouvrir sa page',
    ]);
  });

  it('says « non renseigné » for a territory without value', () => {
    const sans = { ...PAYS, properties: { ...PAYS.properties, valeur: null } };
    const tooltip = getMapTooltip({ layer: { id: 'x' }, object: sans }, { indicateurLabel: 'Emplois ESS' });
    expect(tooltip?.text).toContain('Emplois ESS : non renseigné');
  });

  it('names a pole in French with type, status and approximate position', () => {
    const tooltip = getMapTooltip({ layer: { id: 'poles-points' }, object: POLE }, { indicateurLabel: null });
    expect(tooltip?.text.split('\n')).toEqual([
      'ADESS Pays de Brest',
      'Association de développement',
      'Actif',
      'Position approximative',
      'Cliquer pour ouvrir sa fiche',
    ]);
  });

  it('counts the poles of a density hexagon', () => {
    expect(getMapTooltip({ layer: { id: 'poles-densite' }, object: { count: 3 } }, { indicateurLabel: null })?.text).toBe(
      '3 pôles dans cet hexagone',
    );
  });

  it('hides when nothing is picked', () => {
    expect(getMapTooltip({ layer: null, object: null }, { indicateurLabel: null })).toBeNull();
  });
});

describe('label position', () => {
  it('puts the label in the largest polygon', () => {
    const position = getLabelPosition({
      type: 'MultiPolygon',
      coordinates: [
        [[[10, 10], [10.1, 10], [10.1, 10.1], [10, 10]]],
        [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]]],
      ],
    });
    expect(position).toEqual([2, 2]);
  });

  it('detects approximate geometry in a collection', () => {
    expect(hasApproximateGeometry({ type: 'FeatureCollection', features: [PAYS] })).toBe(true);
    const officielle = { ...PAYS, properties: { ...PAYS.properties, geometrieSource: 'OFFICIELLE' } };
    expect(hasApproximateGeometry({ type: 'FeatureCollection', features: [officielle] })).toBe(false);
  });
});
