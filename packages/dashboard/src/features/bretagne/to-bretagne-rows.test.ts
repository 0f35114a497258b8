import type { BretagnePage_CouvertureFragment } from '../../graphql/generated/graphql';
import { toBretagneDistanceChartRows, toBretagnePolesChartRows, toBretagneRows } from './to-bretagne-rows';

const BREST: BretagnePage_CouvertureFragment = {
  code: 'PAYS-BREST',
  nom: 'Pays de Brest',
  population: 431674,
  associationDeveloppementActive: true,
  distanceMoyennePonderee: 12.4,
  distancesPoleActif: [
    { type: 'ASSOCIATION_DEVELOPPEMENT', distanceKm: 3.2 },
    { type: 'ESPACE_HEBERGEMENT', distanceKm: 150 },
    { type: 'CENTRE_MULTIFONCTION', distanceKm: null },
  ],
  partPopulationCouverte: 71.5,
  rayonKm: 20,
  nombrePoles: 2,
  polesParTypeStatut: [
    { type: 'ASSOCIATION_DEVELOPPEMENT', statut: 'ACTIF', nombre: 1 },
    { type: 'ESPACE_HEBERGEMENT', statut: 'PROJET', nombre: 1 },
  ],
  polesCouvrants: [{ id: '1', nom: 'ADESS Pays de Brest', type: 'ASSOCIATION_DEVELOPPEMENT', statut: 'ACTIF' }],
  polesSansPosition: 0,
  emploiEss: {
    annee: 2012, effectifSalarie: 20100, partEmploi: null, anneeNature: 'PUBLICATION', uniteEffectif: 'POSTES', borneInferieure: false,
    sourceSecondaire: false, source: { titre: 'CRESS Bretagne, Panorama Pays de Brest', url: 'https://example.org/brest' },
  },
};

const AURAY: BretagnePage_CouvertureFragment = {
  ...BREST,
  code: 'PAYS-AURAY',
  nom: "Pays d'Auray",
  associationDeveloppementActive: false,
  distanceMoyennePonderee: null,
  distancesPoleActif: [{ type: 'ASSOCIATION_DEVELOPPEMENT', distanceKm: null }],
  partPopulationCouverte: null,
  polesParTypeStatut: [],
  polesCouvrants: [],
  emploiEss: null,
};

describe('toBretagneRows', () => {
  it('counts the poles of a Pays by type and status and keeps its sourced employment', () => {
    const [brest] = toBretagneRows([BREST]);
    expect(brest).toMatchObject({
      associationActive: true,
      associations: 1,
      hebergements: 1,
      multifonctions: 0,
      actifs: 1,
      projets: 1,
      couvrants: ['ADESS Pays de Brest (actif)'],
      distanceAssociationKm: 3.2,
      distancePoleKm: 3.2,
      emploiEss: 20100,
      emploiAnnee: 2012,
      emploiSource: 'CRESS Bretagne, Panorama Pays de Brest',
      emploiUrl: 'https://example.org/brest',
      emploiMentions: ['année de publication (millésime non précisé)'],
    });
  });

  it('leaves unknown distances and employment null, never zero', () => {
    const [auray] = toBretagneRows([AURAY]);
    expect(auray?.distancePoleKm).toBeNull();
    expect(auray?.distanceMoyennePondereeKm).toBeNull();
    expect(auray?.emploiEss).toBeNull();
    expect(auray?.emploiSource).toBeNull();
  });

  it('shapes chart rows with short Pays names, farthest first', () => {
    const rows = toBretagneRows([AURAY, BREST]);
    expect(toBretagnePolesChartRows(rows).map((r) => r.nom)).toEqual(['Auray', 'Brest']);
    expect(toBretagneDistanceChartRows(rows).map((r) => [r.nom, r.distanceMoyennePondereeKm])).toEqual([
      ['Brest', 12.4],
      ['Auray', null],
    ]);
  });
});
