import { listMentionsEmploi } from './qualite-emploi';

describe('listMentionsEmploi', () => {
  it('says nothing for a plain figure and names every caveat otherwise', () => {
    expect(listMentionsEmploi({ anneeNature: 'DONNEES', uniteEffectif: 'POSTES', borneInferieure: false, sourceSecondaire: false })).toEqual([]);
    expect(listMentionsEmploi({ anneeNature: 'PUBLICATION', uniteEffectif: 'EQTP', borneInferieure: true, sourceSecondaire: true })).toEqual([
      'valeur minimale (« plus de »)',
      'en équivalents temps plein',
      'année de publication (millésime non précisé)',
      'lu dans une source secondaire',
    ]);
  });
});
