import { parseAsTerritoire } from './url-parsers';

describe('territory in a URL', () => {
  it('reads niveau:code, codes kept as strings, and rejects anything else', () => {
    expect(parseAsTerritoire.parse('DEPARTEMENT:2A')).toEqual({ niveau: 'DEPARTEMENT', code: '2A' });
    expect(parseAsTerritoire.parse(' PAYS : PAYS-BREST ')).toEqual({ niveau: 'PAYS', code: 'PAYS-BREST' });
    expect([parseAsTerritoire.parse('29'), parseAsTerritoire.parse('CANTON:12'), parseAsTerritoire.parse('REGION:')]).toEqual([null, null, null]);
  });

  it('writes it back in the same form', () => {
    expect(parseAsTerritoire.serialize({ niveau: 'DEPARTEMENT', code: '2A' })).toBe('DEPARTEMENT:2A');
  });
});
