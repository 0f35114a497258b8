/** @jest-environment node */
import { CARTE_URL_STATE, type CarteUrlState } from './carte-url-state';

const load = (search: string) => CARTE_URL_STATE.load(new URLSearchParams(search));
const DEFAULT = load('');

describe('carte URL state', () => {
  const state: CarteUrlState = {
    ...DEFAULT,
    niveau: 'PAYS',
    indicateur: 'POPULATION',
    methode: 'JENKS',
    nombre: 6,
    couches: ['poles', 'densite'],
    types: ['ESPACE_HEBERGEMENT'],
    statuts: ['ACTIF', 'PROJET'],
    territoire: { niveau: 'REGION', code: '53' },
    affichage: 'tableau',
  };

  it('restores the same view from a shared URL', () => {
    const url = new URL(CARTE_URL_STATE.serialize('/', state), 'http://localhost');
    expect(CARTE_URL_STATE.load(url.searchParams)).toEqual(state);
  });

  it('opens the URLs shared before, percent-encoded or typed by hand, with the same parameter names', () => {
    const encoded = 'niveau=PAYS&indicateur=POPULATION&methode=JENKS&classes=6&couches=poles%2Cdensite&types=ESPACE_HEBERGEMENT&statuts=ACTIF%2CPROJET&territoire=REGION%3A53&affichage=tableau';
    expect(load(encoded)).toEqual(state);
    expect(load(decodeURIComponent(encoded))).toEqual(state);
  });

  it('opens on the number of poles, which every territory has, and keeps « no indicator » as a choice', () => {
    expect(DEFAULT.indicateur).toBe('NOMBRE_POLES');
    expect(load('indicateur=AUCUN').indicateur).toBe('AUCUN');
  });

  it('writes nothing for the default view', () => {
    expect(CARTE_URL_STATE.serialize('/', DEFAULT)).toBe('/');
  });

  it('ignores unknown values instead of breaking the page', () => {
    const ignored = load('niveau=GALAXIE&indicateur=INVENTE&types=FOO,ACTIF,CENTRE_MULTIFONCTION&classes=99&territoire=29');
    expect(ignored).toMatchObject({ niveau: 'REGION', indicateur: 'NOMBRE_POLES', types: ['CENTRE_MULTIFONCTION'], nombre: 7, territoire: null });
    expect(load('classes=deux').nombre).toBe(5);
  });

  it('keeps an empty layer list when the user unticked every layer', () => {
    const url = CARTE_URL_STATE.serialize('/', { couches: [] });
    expect(url).toBe('/?couches=');
    expect(load('couches=').couches).toEqual([]);
  });

});
