import { formatComparerTerritoires, parseComparerTerritoires } from './comparer-url-state';

describe('comparer URL state', () => {
  it('reads the territories in URL order, without duplicates or bad entries, at most 6', () => {
    expect(parseComparerTerritoires('PAYS:PAYS-BREST,REGION:53,FRANCE:FR')).toEqual([
      { niveau: 'PAYS', code: 'PAYS-BREST' },
      { niveau: 'REGION', code: '53' },
      { niveau: 'FRANCE', code: 'FR' },
    ]);
    expect(parseComparerTerritoires('REGION:53,REGION:53,CANTON:1,DEPARTEMENT:29')).toHaveLength(2);
    expect(parseComparerTerritoires('REGION:11,REGION:24,REGION:27,REGION:28,REGION:32,REGION:44,REGION:52')).toHaveLength(6);
  });

  it('writes back the same parameter', () => {
    const raw = 'PAYS:PAYS-BREST,REGION:53,FRANCE:FR';
    expect(formatComparerTerritoires(parseComparerTerritoires(raw))).toBe(raw);
  });
});
