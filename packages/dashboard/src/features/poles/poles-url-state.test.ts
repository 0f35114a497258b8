import { parsePolesState, toPolesSearchParams, DEFAULT_POLES_STATE } from './poles-url-state';

describe('poles URL state', () => {
  it('reads filters, search and sort from a shared URL', () => {
    const state = parsePolesState(
      new URLSearchParams('q=Pays%20de%20Brest&types=ASSOCIATION_DEVELOPPEMENT,CENTRE_MULTIFONCTION&statuts=INCONNU&fonctions=HEBERGEMENT&territoire=REGION:53&tri=type&ordre=desc'),
    );
    expect(state).toEqual({
      recherche: 'Pays de Brest',
      types: ['ASSOCIATION_DEVELOPPEMENT', 'CENTRE_MULTIFONCTION'],
      statuts: ['INCONNU'],
      fonctions: ['HEBERGEMENT'],
      territoire: { niveau: 'REGION', code: '53' },
      tri: 'type',
      ordre: 'desc',
    });
  });

  it('ignores unknown values instead of failing', () => {
    const state = parsePolesState(new URLSearchParams('types=PEPINIERE,ESPACE_HEBERGEMENT&territoire=CANTON:12&tri=budget'));
    expect(state.types).toEqual(['ESPACE_HEBERGEMENT']);
    expect(state.territoire).toBeNull();
    expect(state.tri).toBe('nom');
  });

  it('writes only what differs from the defaults, and reads back the same state', () => {
    expect(toPolesSearchParams(DEFAULT_POLES_STATE).toString()).toBe('');
    const state = { ...DEFAULT_POLES_STATE, recherche: 'île', statuts: ['ACTIF' as const], territoire: { niveau: 'PAYS' as const, code: 'PAYS-BREST' } };
    const params = toPolesSearchParams(state);
    expect(params.get('territoire')).toBe('PAYS:PAYS-BREST');
    expect(parsePolesState(params)).toEqual(state);
  });
});
