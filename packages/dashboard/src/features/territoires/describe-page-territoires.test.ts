import { describePageTerritoires } from './describe-page-territoires';

const nbsp = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('describePageTerritoires', () => {
  it('says which part of a long list is shown, so that the 101st département is reachable', () => {
    expect(describePageTerritoires(101, 1, 100)).toBe('Territoires 1 à 100 sur 101');
    expect(describePageTerritoires(101, 101, 1)).toBe('Territoires 101 à 101 sur 101');
    expect(nbsp(describePageTerritoires(34875, 1001, 100))).toBe('Territoires 1 001 à 1 100 sur 34 875');
  });

  it('gives the plain count when everything fits', () => {
    expect(describePageTerritoires(13, 1, 13)).toBe('13 territoires');
    expect(describePageTerritoires(0, 1, 0)).toBe('Aucun territoire');
  });
});
