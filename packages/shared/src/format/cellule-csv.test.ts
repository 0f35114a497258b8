import { lireCelluleNeutralisee, neutraliserFormuleCsv } from './cellule-csv';

describe('CSV cells a spreadsheet would run as formulas', () => {
  it('prefixes a text starting with = + - @ tab or carriage return with an apostrophe', () => {
    for (const formule of ['=HYPERLINK("http://x","y")', '+33 1 23 45', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(neutraliserFormuleCsv(formule)).toBe(`'${formule}`);
    }
  });

  it('leaves plain numbers and ordinary texts as they are', () => {
    for (const texte of ['-4.4861', '+3', '-13,9', 'Brest', '2020', 'a=b', '']) expect(neutraliserFormuleCsv(texte)).toBe(texte);
  });

  it('reads back exactly what was neutralised', () => {
    for (const texte of ['=1+1', '@x', 'Brest', "'quoted", '-4.48']) expect(lireCelluleNeutralisee(neutraliserFormuleCsv(texte))).toBe(texte);
  });
});
