import { NIVEAUX_RECHERCHE, sortNiveauxDuPlusGrand } from './niveau-order';

describe('level order', () => {
  it('lists levels from the largest to the smallest, the former regions right after today’s', () => {
    expect(sortNiveauxDuPlusGrand(['EPCI', 'REGION', 'COMMUNE', 'ANCIENNE_REGION', 'FRANCE'])).toEqual(['FRANCE', 'REGION', 'ANCIENNE_REGION', 'EPCI', 'COMMUNE']);
  });

  it('searches every level by name but France, which has one territory', () => {
    expect(NIVEAUX_RECHERCHE).toEqual(['REGION', 'ANCIENNE_REGION', 'DEPARTEMENT', 'PAYS', 'EPCI', 'COMMUNE']);
  });
});
