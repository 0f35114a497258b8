import { NIVEAU_RANG, NIVEAUX_DU_PLUS_PETIT, NIVEAUX_TERRITORIAUX } from './niveau-territorial';

describe('niveaux territoriaux', () => {
  it('ranks every level once, from the commune up to France', () => {
    expect([...NIVEAUX_DU_PLUS_PETIT].sort()).toEqual([...NIVEAUX_TERRITORIAUX].sort());
    expect(NIVEAU_RANG.COMMUNE).toBeLessThan(NIVEAU_RANG.EPCI);
    expect(NIVEAU_RANG.DEPARTEMENT).toBeLessThan(NIVEAU_RANG.ANCIENNE_REGION);
    expect(NIVEAU_RANG.ANCIENNE_REGION).toBeLessThan(NIVEAU_RANG.REGION);
    expect(NIVEAU_RANG.FRANCE).toBe(NIVEAUX_TERRITORIAUX.length - 1);
  });
});
