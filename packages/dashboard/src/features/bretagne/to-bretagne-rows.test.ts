import type { BretagnePage_CouvertureFragment, BretagnePage_PrealablesFragment } from '../../graphql/generated/graphql';
import { nombrePrealables, toBretagneDistanceChartRows, toBretagnePolesChartRows, toBretagneRows } from './to-bretagne-rows';

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

const PREALABLES_BREST: BretagnePage_PrealablesFragment = {
  code: 'PAYS-BREST',
  associationActive: true,
  soutienCollectivites: 'OUI',
  evaluationSoutien: { source: 'Convention Pays de Brest – ADESS, 2024' },
  deuxPrealables: true,
  methode: 'Premier préalable calculé à partir des fiches…',
  source: 'Étude…',
};

const PREALABLES_AURAY: BretagnePage_PrealablesFragment = {
  ...PREALABLES_BREST,
  code: 'PAYS-AURAY',
  associationActive: false,
  soutienCollectivites: 'INCONNU',
  evaluationSoutien: null,
  deuxPrealables: false,
};

describe('toBretagneRows', () => {
  it('joins each Pays to its two prerequisites by code, with the source of the recorded support', () => {
    const [auray, brest] = toBretagneRows([AURAY, BREST], [PREALABLES_BREST, PREALABLES_AURAY]);
    expect(brest?.prealables).toEqual({
      associationActive: true,
      soutien: 'OUI',
      soutienSource: 'Convention Pays de Brest – ADESS, 2024',
      deuxPrealables: true,
    });
    expect(auray?.prealables).toEqual({ associationActive: false, soutien: 'INCONNU', soutienSource: null, deuxPrealables: false });
    expect([nombrePrealables(brest!.prealables!), nombrePrealables(auray!.prealables!)]).toEqual([2, 0]);
  });

  it('leaves the prerequisites of a Pays the API did not give null (« non renseigné »), never « non »', () => {
    const [auray, brest] = toBretagneRows([AURAY, BREST], [PREALABLES_BREST]);
    expect(auray?.prealables).toBeNull();
    expect(brest?.prealables?.deuxPrealables).toBe(true);
    expect(toBretagneRows([BREST])[0]?.prealables).toBeNull();
  });

  it('counts the support as met only when it is « oui »', () => {
    const [sansSoutien] = toBretagneRows([BREST], [{ ...PREALABLES_BREST, soutienCollectivites: 'NON', deuxPrealables: false }]);
    expect(nombrePrealables(sansSoutien!.prealables!)).toBe(1);
  });

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
