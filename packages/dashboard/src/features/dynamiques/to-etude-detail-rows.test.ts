import { findEtudeDetail, toEtudeDetailRows } from './to-etude-detail-rows';

const CHIFFRES = [
  { indicateur: 'poles recensés', perimetre: 'France', valeur: 63, unite: 'poles', note: 'recensement au plus large, en trois mois', source: 'Étude' },
  { indicateur: 'associations de développement', perimetre: 'France', valeur: 29, unite: 'poles', note: 'dont 6 en Bretagne', source: 'Étude' },
  { indicateur: "espaces d'hébergement", perimetre: 'France', valeur: 24, unite: 'poles', note: 'dont 6 en Rhône-Alpes et 1 en Bretagne', source: 'Étude' },
  { indicateur: 'centres multifonction', perimetre: 'France', valeur: 7, unite: 'poles', note: null, source: 'Étude' },
];

describe('toEtudeDetailRows', () => {
  const rows = toEtudeDetailRows(CHIFFRES);

  it("reads the study's per-region counts from its notes, quoting the text", () => {
    expect(rows).toHaveLength(3);
    const rhoneAlpes = findEtudeDetail(rows, "espaces d'hébergement", 'rhone-alpes');
    expect(rhoneAlpes).toMatchObject({ valeur: 6, total: 24, totalPerimetre: 'France', perimetre: 'Rhône-Alpes', source: 'Étude' });
    expect(rhoneAlpes?.citation).toBe('dont 6 en Rhône-Alpes et 1 en Bretagne');
    expect(findEtudeDetail(rows, "espaces d'hébergement", 'Bretagne')?.valeur).toBe(1);
    expect(findEtudeDetail(rows, 'associations de développement', 'Bretagne')?.valeur).toBe(6);
  });

  it('invents nothing where the study gives no breakdown', () => {
    expect(findEtudeDetail(rows, 'centres multifonction', 'Bretagne')).toBeNull();
    expect(rows.some((row) => row.indicateur === 'poles recensés')).toBe(false);
  });
});
