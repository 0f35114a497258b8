import { parsePolesState } from './poles-url-state';
import { toFiltrePoles } from './to-filtre-poles';

describe('toFiltrePoles', () => {
  it('sends exactly the URL filters to the API, so the table and its exports show the same list', () => {
    const state = parsePolesState(new URLSearchParams('q=brest&types=ASSOCIATION_DEVELOPPEMENT&statuts=ACTIF,INCONNU&territoire=PAYS:PAYS-BREST&tri=statut'));
    expect(toFiltrePoles(state)).toEqual({
      recherche: 'brest',
      types: ['ASSOCIATION_DEVELOPPEMENT'],
      statuts: ['ACTIF', 'INCONNU'],
      dans: { niveau: 'PAYS', code: 'PAYS-BREST' },
    });
  });

  it('sends no filter when none is chosen', () => {
    expect(toFiltrePoles(parsePolesState(new URLSearchParams('tri=type')))).toEqual({});
  });
});
