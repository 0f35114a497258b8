import { computeChargeLieux, type CommuneRattachee } from './charge-lieux';

const commune = (code: string, epci: string | null, codesPostaux: string[], arrondissement = '291'): CommuneRattachee => ({ code, departement: '29', epci, arrondissement, codesPostaux });

describe('communes carried by each GeoNames place', () => {
  it('shares a commune without place among the places of its postcode and EPCI, else of its EPCI, else of its arrondissement', () => {
    const communes = [
      commune('29001', 'E1', ['29200']),
      commune('29002', 'E1', ['29250']),
      commune('29003', 'E2', ['29300'], '292'),
      commune('29101', 'E1', ['29200']),
      commune('29102', 'E1', ['29999']),
      commune('29103', null, [], '292'),
    ];
    const lieux = [{ id: 1, commune: '29001' }, { id: 2, commune: '29002' }, { id: 3, commune: '29003' }, { id: 4, commune: '29001' }];
    const charge = computeChargeLieux(lieux, communes);
    // 29101 (postcode 29200, EPCI E1): places 1 and 4; 29102 (no place with 29999): the three places of E1;
    // 29103 (no EPCI): the only place of arrondissement 292.
    expect(charge.get(1)).toBeCloseTo(1 + 1 / 2 + 1 / 3, 9);
    expect(charge.get(4)).toBeCloseTo(1 + 1 / 2 + 1 / 3, 9);
    expect(charge.get(2)).toBeCloseTo(1 + 1 / 3, 9);
    expect(charge.get(3)).toBe(2);
  });
});
