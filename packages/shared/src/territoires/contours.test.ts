import { CONTOURS_OFFICIELS, describeContours } from './contours';

describe('describeContours', () => {
  it('gives the attribution and vintage of the built-in outlines once, whatever the number of territories', () => {
    const lignes = describeContours([
      { geometrieSource: 'OFFICIELLE', geometrieSourceNom: 'IGN Admin Express COG 2018', geometrieMillesime: 2018 },
      { geometrieSource: 'OFFICIELLE', geometrieSourceNom: 'IGN Admin Express COG 2018', geometrieMillesime: 2018 },
    ]);
    expect(lignes).toEqual([`${CONTOURS_OFFICIELS.attribution} — millésime 2018.`]);
  });

  it('names an imported source and warns when some outlines are approximate', () => {
    const lignes = describeContours([
      { geometrieSource: 'APPROXIMATIVE', geometrieSourceNom: 'IGN Admin Express COG 2018 : pas de contour propre (commune rétablie après 2018)' },
      { geometrieSource: 'OFFICIELLE', geometrieSourceNom: 'IGN Admin Express 2024' },
    ]);
    expect(lignes[0]).toMatch(/^Contours : IGN Admin Express COG 2018 .*Etalab 2\.0 — millésime 2018\.$/);
    expect(lignes[1]).toBe('Contours : IGN Admin Express 2024.');
    expect(lignes[2]).toMatch(/approximatifs/);
  });

  it('says nothing about territories without outline source', () => {
    expect(describeContours([{ geometrieSource: null, geometrieSourceNom: null }])).toEqual([]);
  });
});
