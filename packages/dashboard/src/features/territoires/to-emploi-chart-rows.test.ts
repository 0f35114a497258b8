import { toEmploiChartRows, toFamillesChartRows, type EmploiFigure } from './to-emploi-chart-rows';

const PANORAMA = { titre: 'Panorama de l’ESS 2012', editeur: 'CNCRESS', annee: 2012 };
const ATLAS = { titre: 'Atlas commenté de l’ESS 2014', editeur: 'CNCRESS', annee: 2014 };

const SIMPLE = { anneeNature: 'DONNEES', uniteEffectif: 'POSTES', borneInferieure: false, sourceSecondaire: false } as const;

const FIGURES: EmploiFigure[] = [
  { ...SIMPLE, annee: 2011, champ: 'ELARGI', effectifSalarie: 2300000, partEmploi: 10.3, source: ATLAS },
  { ...SIMPLE, annee: 2010, champ: 'ELARGI', effectifSalarie: 2340000, partEmploi: 10.3, source: PANORAMA, associations: 78, cooperatives: 13, mutuelles: 5.5, fondations: null, uniteFamilles: 'PART_EFFECTIF' },
  { ...SIMPLE, annee: 2011, champ: 'ELARGI', effectifSalarie: null, partEmploi: 13.9, source: PANORAMA },
];

describe('toEmploiChartRows', () => {
  it('orders by year and keeps two sources of one year as two bars', () => {
    const rows = toEmploiChartRows(FIGURES);
    expect(rows.map((r) => [r.libelle, r.effectifSalarie, r.source])).toEqual([
      ['2010', 2340000, 'Panorama de l’ESS 2012 (CNCRESS, 2012)'],
      ['2011 (1)', 2300000, 'Atlas commenté de l’ESS 2014 (CNCRESS, 2014)'],
      ['2011 (2)', null, 'Panorama de l’ESS 2012 (CNCRESS, 2012)'],
    ]);
    expect(new Set(rows.map((r) => r.cle)).size).toBe(3);
  });

  it('puts a figure without a year last, says what limits each figure, and keeps its address', () => {
    const rows = toEmploiChartRows([
      { ...SIMPLE, annee: null, anneeNature: 'INCONNUE', borneInferieure: true, champ: 'QUATRE_FAMILLES', partEmploi: 13, source: { titre: 'Article', url: 'https://example.org/a' } },
      ...FIGURES,
    ]);
    const last = rows[rows.length - 1]!;
    expect(last).toMatchObject({ libelle: 'année non précisée', url: 'https://example.org/a', borneInferieure: true });
    expect(last.mentions).toEqual(['valeur minimale (« plus de »)', 'année non précisée']);
    expect(rows[0]!.mentions).toEqual([]);
  });
});

describe('toFamillesChartRows', () => {
  it('takes the latest figure with a breakdown and says which families are unknown', () => {
    const result = toFamillesChartRows(FIGURES);
    expect(result?.figure.annee).toBe(2010);
    expect(result?.rows.map((r) => [r.famille, r.libelleValeur])).toEqual([
      ['Associations', '78,0 %'],
      ['Coopératives', '13,0 %'],
      ['Mutuelles', '5,5 %'],
      ['Fondations', 'non renseigné'],
    ]);
    expect(result?.rows[0]?.unite).toBe('% des emplois de l’ESS');
  });

  it('returns null when no source gives the breakdown', () => {
    expect(toFamillesChartRows([FIGURES[0] as EmploiFigure])).toBeNull();
  });
});
