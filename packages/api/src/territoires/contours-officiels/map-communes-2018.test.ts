import { CODES_2018_FIXTURE, COMMUNES_COG_FIXTURE } from '../../test-support/communes-cog.fixtures';
import { mapCommunes2018 } from './map-communes-2018';

const SANNERVILLE = { code: '14666', parent2018: '14712' };

describe('Vintage mapping of the 2018 commune outlines', () => {
  const correspondance = mapCommunes2018(CODES_2018_FIXTURE, COMMUNES_COG_FIXTURE, [SANNERVILLE]);

  it('gives the outline of a commune merged since 2018 to the commune that absorbed it', () => {
    expect(correspondance.communeActuelle.get('01341')).toBe('01227');
    expect(correspondance.membres2018.get('01227')).toEqual(['01227', '01341']);
  });

  it('sends a commune déléguée to its chef-lieu before looking at anciensCodes (60455 belongs to 60694, not 60054)', () => {
    expect(correspondance.communeActuelle.get('60455')).toBe('60694');
    expect(correspondance.membres2018.get('60694')).toEqual(['60455', '60694']);
    expect(correspondance.membres2018.get('60054')).toEqual(['60054']);
    expect(correspondance.methodes).toEqual({ memeCode: 5, chefLieu: 1, ancienCode: 1 });
  });

  it('lists a commune restored after 2018 as without outline, inside its 2018 parent', () => {
    expect(correspondance.sansContour).toEqual([SANNERVILLE]);
    expect(correspondance.membres2018.get('14712')).toEqual(['14712']);
    expect(correspondance.membres2018.has('14666')).toBe(false);
  });

  it('lists the arrondissements municipaux and leaves the collectivités d’outre-mer out', () => {
    expect(correspondance.arrondissementsMunicipaux).toEqual([{ code: '75101', commune: '75056' }]);
    expect(correspondance.sansContour.map((c) => c.code)).not.toContain('97502');
  });

  it('fails naming every 2018 code that matches no current commune', () => {
    expect(() =>
      mapCommunes2018([...CODES_2018_FIXTURE, '99998', '99999'], COMMUNES_COG_FIXTURE, [SANNERVILLE]),
    ).toThrow(/2 commune\(s\) de 2018 sans commune actuelle.*99998, 99999/);
  });

  it('fails when a current commune has no outline and no known parent', () => {
    expect(() => mapCommunes2018(CODES_2018_FIXTURE, COMMUNES_COG_FIXTURE, [])).toThrow(
      /sans parent connu : 14666/,
    );
  });

  it('fails when a commune declared without outline has one, or its parent has none', () => {
    expect(() =>
      mapCommunes2018(CODES_2018_FIXTURE, COMMUNES_COG_FIXTURE, [
        SANNERVILLE,
        { code: '01227', parent2018: '01341' },
      ]),
    ).toThrow(/qui en ont un.*01227/);
    expect(() =>
      mapCommunes2018(CODES_2018_FIXTURE, COMMUNES_COG_FIXTURE, [{ code: '14666', parent2018: '14114' }]),
    ).toThrow(/Parent 2018 absent des contours : 14666 → 14114/);
  });
});
