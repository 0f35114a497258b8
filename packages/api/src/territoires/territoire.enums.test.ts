import { NIVEAUX_TERRITORIAUX, GEOMETRIE_SOURCES } from '@poles-ess/shared';
import { GeometrieSource, NiveauTerritorial } from './territoire.enums';

describe('territorial enums', () => {
  it('match the shared package, which the dashboard uses', () => {
    expect(Object.values(NiveauTerritorial).sort()).toEqual([...NIVEAUX_TERRITORIAUX].sort());
    expect(Object.values(GeometrieSource).sort()).toEqual([...GEOMETRIE_SOURCES].sort());
  });
});
