import { nomCourtPays } from './nom-court-pays';

describe('nomCourtPays', () => {
  it('drops « Pays de / du / des / d’ » on the map, and keeps a name without that prefix whole', () => {
    expect(nomCourtPays('Pays de Brest')).toBe('Brest');
    expect(nomCourtPays('Pays du Centre Ouest Bretagne')).toBe('Centre Ouest Bretagne');
    expect(nomCourtPays('Pays des Vallons de Vilaine')).toBe('Vallons de Vilaine');
    expect(nomCourtPays("Pays d'Auray")).toBe('Auray');
    expect(nomCourtPays('Pays de Vitré – Porte de Bretagne')).toBe('Vitré – Porte de Bretagne');
    expect(nomCourtPays('Bretagne')).toBe('Bretagne');
  });
});
