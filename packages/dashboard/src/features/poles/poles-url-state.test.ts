/** @jest-environment node */
import { POLES_URL_STATE, SANS_FILTRE, hasActiveFilter } from './poles-url-state';

const load = (search: string) => POLES_URL_STATE.load(new URLSearchParams(search));

describe('poles URL state', () => {
  it('reads filters, search and sort from a shared URL, as written before or by hand', () => {
    const expected = {
      recherche: 'Pays de Brest',
      types: ['ASSOCIATION_DEVELOPPEMENT', 'CENTRE_MULTIFONCTION'],
      statuts: ['INCONNU'],
      fonctions: ['HEBERGEMENT'],
      territoire: { niveau: 'REGION', code: '53' },
      tri: 'type',
      ordre: 'desc',
    };
    expect(load('q=Pays%20de%20Brest&types=ASSOCIATION_DEVELOPPEMENT,CENTRE_MULTIFONCTION&statuts=INCONNU&fonctions=HEBERGEMENT&territoire=REGION:53&tri=type&ordre=desc')).toEqual(expected);
    expect(load('q=Pays+de+Brest&types=ASSOCIATION_DEVELOPPEMENT%2CCENTRE_MULTIFONCTION&statuts=INCONNU&fonctions=HEBERGEMENT&territoire=REGION%3A53&tri=type&ordre=desc')).toEqual(expected);
  });

  it('ignores unknown values instead of failing', () => {
    const state = load('types=PEPINIERE,ESPACE_HEBERGEMENT,ESPACE_HEBERGEMENT&territoire=CANTON:12&tri=budget&q=%20%20');
    expect(state).toMatchObject({ types: ['ESPACE_HEBERGEMENT'], territoire: null, tri: 'nom', recherche: '' });
  });

  it('writes only what differs from the defaults, and reads back the same state', () => {
    expect(POLES_URL_STATE.serialize('/poles', load(''))).toBe('/poles');
    const state = { ...load(''), recherche: 'île', statuts: ['ACTIF' as const], territoire: { niveau: 'PAYS' as const, code: 'PAYS-BREST' } };
    const url = new URL(POLES_URL_STATE.serialize('/poles', state), 'http://localhost');
    expect(url.searchParams.get('territoire')).toBe('PAYS:PAYS-BREST');
    expect(POLES_URL_STATE.load(url.searchParams)).toEqual(state);
  });

  it('clears the filters but keeps the sort when the user resets them', () => {
    const state = load('q=brest&types=ESPACE_HEBERGEMENT&territoire=REGION:53&tri=statut&ordre=desc');
    expect(hasActiveFilter(state)).toBe(true);
    const reset = { ...state, ...SANS_FILTRE };
    expect(hasActiveFilter(reset)).toBe(false);
    expect(POLES_URL_STATE.serialize('/poles', reset)).toBe('/poles?tri=statut&ordre=desc');
  });
});
