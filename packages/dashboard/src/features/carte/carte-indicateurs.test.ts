import { findIndicateur, INDICATEURS_CARTE } from './carte-indicateurs';

describe('map indicators', () => {
  it('finds an indicator from the URL and ignores unknown ones', () => {
    expect(findIndicateur('PART_EMPLOI_ESS')?.label).toBe('Part de l’ESS dans l’emploi salarié total (%)');
    expect(findIndicateur('INVENTE')).toBeNull();
    expect(findIndicateur(null)).toBeNull();
  });

  it('formats values in French and says « non renseigné » for unknowns', () => {
    expect(findIndicateur('PART_EMPLOI_ESS')?.format(13.94)).toBe('13,9 %');
    expect(findIndicateur('POPULATION')?.format(3449370)).toBe('3\u202f449\u202f370');
    expect(INDICATEURS_CARTE.every((i) => i.format(null) === 'non renseigné')).toBe(true);
  });
});
