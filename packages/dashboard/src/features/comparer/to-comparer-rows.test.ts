import type { ComparerTable_TerritoireFragment, IndicateurComparaison } from '../../graphql/generated/graphql';
import { toComparerChartRows, toComparerRows } from './to-comparer-rows';

const valeur = (indicateur: IndicateurComparaison, v: number | null, texte: string) => ({
  indicateur,
  valeur: v,
  texte,
  annee: v === null ? null : 2015,
  source: v === null ? null : 'Observatoire national de l’ESS',
  url: null,
  methode: 'chiffre publié',
  avertissement: null,
  emploi: null,
});

const TERRITOIRES: ComparerTable_TerritoireFragment[] = [
  { niveau: 'PAYS', code: 'PAYS-BREST', nom: 'Pays de Brest', parent: false, valeurs: [valeur('EMPLOI_ESS_PART', null, 'non renseigné'), valeur('POPULATION', 400000, '400 000')] },
  { niveau: 'REGION', code: '53', nom: 'Bretagne', parent: false, valeurs: [valeur('EMPLOI_ESS_PART', 14.2, '14,2 %')] },
];

describe('toComparerRows', () => {
  it('lines up each indicator across the territories, unknown cells said so', () => {
    const rows = toComparerRows(TERRITOIRES);
    expect(rows.map((r) => r.libelle)).toEqual(['Part de l’ESS dans l’emploi salarié (%)', 'Population']);
    expect(rows[0]?.cellules.map((c) => c.texte)).toEqual(['non renseigné', '14,2 %']);
    expect(rows[1]?.cellules[1]).toMatchObject({ territoireCle: 'REGION:53', valeur: null, texte: 'non renseigné', source: null });
    expect(rows[0]?.cellules[1]).toMatchObject({ annee: 2015, source: 'Observatoire national de l’ESS' });
  });

  it('carries the source address, what limits an employment figure, and the warning when years differ', () => {
    const emploi = { anneeNature: 'PUBLICATION', uniteEffectif: 'POSTES', borneInferieure: true, sourceSecondaire: false } as const;
    const rows = toComparerRows([
      { niveau: 'REGION', code: '53', nom: 'Bretagne', parent: false, valeurs: [{ ...valeur('EMPLOI_ESS_PART', 13, '13 %'), url: 'https://example.org/a', emploi, avertissement: 'Années différentes : Bretagne 2022, France 2019.' }] },
    ]);
    expect(rows[0]).toMatchObject({ avertissement: 'Années différentes : Bretagne 2022, France 2019.' });
    expect(rows[0]?.cellules[0]).toMatchObject({
      url: 'https://example.org/a',
      mentions: ['valeur minimale (« plus de »)', 'année de publication (millésime non précisé)'],
    });
  });

  it('charts only known values and lists the others', () => {
    expect(toComparerChartRows(TERRITOIRES, 'EMPLOI_ESS_PART')).toEqual({
      rows: [{ territoireCle: 'REGION:53', territoire: 'Bretagne (2015)', valeur: 14.2, texte: '14,2 %', annee: 2015 }],
      sansValeur: ['Pays de Brest'],
    });
  });
});
