import { matchLieuxToCommunes, normalizeNomLieu, type LieuGeonames } from './lieux-geonames';

const lieu = (id: number, nom: string, departement: string, lon = 0, lat = 48): LieuGeonames => ({ id, nom, departement, zone: 'METRO', lon, lat });

describe('GeoNames places matched to communes', () => {
  it('treats « St » as « Saint », ignores accents, case and a leading article', () => {
    expect(normalizeNomLieu('St-Pol-de-Léon')).toBe(normalizeNomLieu('Saint-Pol-de-Léon'));
    expect(normalizeNomLieu('Le Faou')).toBe(normalizeNomLieu('Faou'));
    expect(normalizeNomLieu("L'Île-Tudy")).toBe(normalizeNomLieu('ile tudy'));
  });

  it('matches within the département only, and sends arrondissements and former communes to their commune', () => {
    const communes = [
      { code: '29232', nom: 'Quimper', departement: '29' },
      { code: '75056', nom: 'Paris', departement: '75' },
      { code: '56251', nom: 'Theix-Noyalo', departement: '56' },
    ];
    const alias = [{ nom: 'Noyalo', departement: '56', codeCommune: '56251' }];
    const lieux = [lieu(1, 'Quimper', '29'), lieu(2, 'Quimper', '56'), lieu(3, 'Paris 15 Vaugirard', '75'), lieu(4, 'Noyalo', '56')];
    expect(matchLieuxToCommunes(lieux, communes, alias)).toEqual([
      { id: 1, codeCommune: '29232', rang: 0 },
      { id: 3, codeCommune: '75056', rang: 1 },
      { id: 4, codeCommune: '56251', rang: 1 },
    ]);
  });
});
