/** @jest-environment node */
import { COMPARER_URL_STATE } from './comparer-url-state';

const load = (search: string) => COMPARER_URL_STATE.load(new URLSearchParams(search));

describe('comparer URL state', () => {
  it('reads the territories in URL order, without duplicates or bad entries, at most 6', () => {
    expect(load('t=PAYS:PAYS-BREST,REGION:53,FRANCE:FR').territoires).toEqual([
      { niveau: 'PAYS', code: 'PAYS-BREST' },
      { niveau: 'REGION', code: '53' },
      { niveau: 'FRANCE', code: 'FR' },
    ]);
    expect(load('t=REGION:53,REGION:53,CANTON:1,DEPARTEMENT:29').territoires).toHaveLength(2);
    expect(load('t=REGION:11,REGION:24,REGION:27,REGION:28,REGION:32,REGION:44,REGION:52').territoires).toHaveLength(6);
  });

  it('opens the URLs written before (percent-encoded) and writes back the same parameters', () => {
    const state = load('t=PAYS%3APAYS-BREST%2CREGION%3A53%2CFRANCE%3AFR&i=POPULATION');
    expect(state.indicateur).toBe('POPULATION');
    expect(COMPARER_URL_STATE.serialize('/comparer', state)).toBe('/comparer?t=PAYS:PAYS-BREST,REGION:53,FRANCE:FR&i=POPULATION');
  });

  it('charts the share of ESS employment unless the URL names a known indicator', () => {
    expect(load('').indicateur).toBe('EMPLOI_ESS_PART');
    expect(load('i=BUDGET').indicateur).toBe('EMPLOI_ESS_PART');
  });
});
