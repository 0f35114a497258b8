/** @jest-environment node */
import { FILTRE_POLES_URL_STATE, toFiltrePoles } from './filtre-poles-url-state';

const load = (search: string) => FILTRE_POLES_URL_STATE.load(new URLSearchParams(search));

describe('toFiltrePoles', () => {
  it('sends exactly the URL filters to the API, so that a view and its exports show the same list', () => {
    const state = load('types=ASSOCIATION_DEVELOPPEMENT&statuts=ACTIF,INCONNU&territoire=PAYS:PAYS-BREST&tri=statut');
    expect(toFiltrePoles({ ...state, recherche: 'brest' })).toEqual({
      recherche: 'brest',
      types: ['ASSOCIATION_DEVELOPPEMENT'],
      statuts: ['ACTIF', 'INCONNU'],
      dans: { niveau: 'PAYS', code: 'PAYS-BREST' },
    });
  });

  it('sends no filter when none is chosen', () => {
    expect(toFiltrePoles(load('tri=type'))).toEqual({});
  });
});
