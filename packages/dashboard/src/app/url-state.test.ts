import { DEFAULT_CARTE_STATE, parseCarteState, parseTerritoireParam, toCarteSearchParams, toggleValue } from './url-state';

describe('carte URL state', () => {
  it('restores the same view from a shared URL', () => {
    const state = {
      ...DEFAULT_CARTE_STATE,
      niveau: 'PAYS' as const,
      indicateur: 'POPULATION',
      methode: 'JENKS' as const,
      nombre: 6,
      couches: ['poles' as const, 'densite' as const],
      types: ['ESPACE_HEBERGEMENT' as const],
      statuts: ['ACTIF' as const, 'PROJET' as const],
      territoire: { niveau: 'REGION' as const, code: '53' },
      affichage: 'tableau' as const,
    };
    const url = toCarteSearchParams(state).toString();
    expect(parseCarteState(new URLSearchParams(url))).toEqual(state);
  });

  it('writes nothing for the default view', () => {
    expect(toCarteSearchParams(DEFAULT_CARTE_STATE).toString()).toBe('');
  });

  it('ignores unknown values instead of breaking the page', () => {
    const state = parseCarteState(new URLSearchParams('niveau=GALAXIE&types=FOO,ACTIF,CENTRE_MULTIFONCTION&classes=99'));
    expect(state.niveau).toBe('REGION');
    expect(state.types).toEqual(['CENTRE_MULTIFONCTION']);
    expect(state.nombre).toBe(7);
  });

  it('keeps an empty layer list when the user unticked every layer', () => {
    const params = toCarteSearchParams({ ...DEFAULT_CARTE_STATE, couches: [] });
    expect(parseCarteState(params).couches).toEqual([]);
  });

  it('parses a territory as niveau:code, codes kept as strings', () => {
    expect(parseTerritoireParam('DEPARTEMENT:2A')).toEqual({ niveau: 'DEPARTEMENT', code: '2A' });
    expect(parseTerritoireParam('29')).toBeNull();
  });

  it('toggles a value in a list', () => {
    expect(toggleValue(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggleValue(['a'], 'b')).toEqual(['a', 'b']);
  });
});
