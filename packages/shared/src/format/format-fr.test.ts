import { formatCompte, formatNombre, formatPourcentage, formatTexte } from './format-fr';
import { normalizeSearch } from './normalize-search';

describe('formats fr-FR', () => {
  it('groups thousands with a narrow space and uses a decimal comma', () => {
    expect(formatNombre(177200)).toBe('177\u202f200');
    expect(formatPourcentage(13.9)).toBe('13,9\u00a0%'.replace('\u00a0', ' '));
  });
  it('shows unknown values as « non renseigné »', () => {
    expect(formatNombre(null)).toBe('non renseigné');
    expect(formatTexte('  ')).toBe('non renseigné');
  });
  it('normalizes accents, case and apostrophes for search', () => {
    expect(normalizeSearch("L'Île-Saint-Denis")).toBe('l ile saint denis');
    expect(normalizeSearch('Pays de Brocéliande')).toBe(normalizeSearch('pays de broceliande'));
  });

  it('searches through ligatures: « plœmeur », « PLŒMEUR » and « ploemeur » all find Plœmeur', () => {
    for (const saisie of ['plœmeur', 'PLŒMEUR', 'ploemeur', 'Plœmeur']) expect(normalizeSearch(saisie)).toBe('ploemeur');
    expect(normalizeSearch('Lætitia')).toBe(normalizeSearch('LAETITIA'));
    expect(normalizeSearch('Pays de Ploërmel – Cœur de Bretagne')).toBe('pays de ploermel coeur de bretagne');
  });

  it('writes counts with the French plural', () => {
    expect([formatCompte(0, 'pôle', 'pôles'), formatCompte(1, 'pôle', 'pôles'), formatCompte(1500, 'pôle', 'pôles')]).toEqual([
      '0 pôle',
      '1 pôle',
      '1\u202f500 pôles',
    ]);
  });
});
