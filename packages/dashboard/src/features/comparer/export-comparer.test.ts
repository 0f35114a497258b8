import Papa from 'papaparse';
import type { ComparerTable_TerritoireFragment } from '../../graphql/generated/graphql';
import { toComparerCsv } from './export-comparer';

const BRETAGNE: ComparerTable_TerritoireFragment = {
  niveau: 'REGION',
  code: '53',
  nom: 'Bretagne',
  parent: false,
  valeurs: [
    { indicateur: 'EMPLOI_ESS_PART', valeur: 14.499999999999998, texte: '14,5 %', annee: 2021, source: 'Insee', methode: 'chiffre publié' },
    { indicateur: 'DENSITE_POPULATION', valeur: 125.19583746103316, texte: '125 hab./km²', annee: null, source: 'INSEE', methode: 'calcul' },
    { indicateur: 'POPULATION', valeur: 3449370, texte: '3 449 370', annee: null, source: 'INSEE', methode: 'référentiel' },
    { indicateur: 'ASSOCIATION_DEVELOPPEMENT_ACTIVE', valeur: 1, texte: 'oui', annee: null, source: 'fiches', methode: 'calcul' },
  ],
};

describe('toComparerCsv', () => {
  it('writes values rounded as they read (no 14-decimal shares) and yes/no in words', () => {
    const [, ...lignes] = Papa.parse<string[]>(toComparerCsv([BRETAGNE]).replace(/^\uFEFF/, '').trim(), { delimiter: ';' }).data;
    expect(lignes.map((l) => [l[3], l[4]])).toEqual([
      ['Part de l’ESS dans l’emploi salarié (%)', '14,5'],
      ['Densité de population (hab./km²)', '125,2'],
      ['Population', '3449370'],
      ['Association de développement active', 'oui'],
    ]);
  });
});
