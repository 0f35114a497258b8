import { classeDe } from './classe-de';
import { computeBornes, METHODES_CLASSIFICATION, summarizeClasses } from './compute-bornes';

// « Nombre de pôles situés » des 21 Pays de Bretagne (référentiel du projet, pôles des fiches de l'étude).
const POLES_PAR_PAYS = [0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 0, 1, 0, 1, 0, 0, 1, 0];

describe('computeBornes', () => {
  it.each(METHODES_CLASSIFICATION)('separates the Pays with no pole from those with one (%s, 5 classes asked)', (methode) => {
    const bornes = computeBornes(POLES_PAR_PAYS, methode, 5);
    const classes = POLES_PAR_PAYS.map((v) => classeDe(v, bornes));
    expect(new Set(classes.filter((_, i) => POLES_PAR_PAYS[i] === 0))).toEqual(new Set([0]));
    expect(new Set(classes.filter((_, i) => POLES_PAR_PAYS[i] === 1))).toEqual(new Set([1]));
    expect(summarizeClasses(bornes, POLES_PAR_PAYS)).toEqual([
      { min: 0, max: 0, effectif: 12 },
      { min: 1, max: 1, effectif: 9 },
    ]);
  });

  it('gives integer counts integer breaks, zero in a class of its own', () => {
    const comptes = [0, 0, 0, 1, 1, 2, 3, 3, 4, 7, 9, 12, 15, 19];
    for (const methode of METHODES_CLASSIFICATION) {
      const bornes = computeBornes(comptes, methode, 4);
      expect(bornes.every(Number.isInteger)).toBe(true);
      expect(bornes.slice(0, 2)).toEqual([0, 1]);
      expect(summarizeClasses(bornes, comptes)[0]).toEqual({ min: 0, max: 0, effectif: 3 });
      expect(summarizeClasses(bornes, comptes).every((c) => c.effectif > 0)).toBe(true);
    }
  });

  it('keeps zero apart for rates too (poles per 100,000 inhabitants)', () => {
    const taux = [0, 0, 0.23, 0.31, 0.8, 1.2, 1.25, 2.6];
    const bornes = computeBornes(taux, 'JENKS', 3);
    expect(bornes[0]).toBe(0);
    expect(bornes[1]).toBe(0.23);
    expect(summarizeClasses(bornes, taux).map((c) => c.effectif)).toEqual([2, 5, 1]);
  });

  it('finds natural breaks with ckmeans, each class starting on a value', () => {
    expect(computeBornes([1, 2, 3, 10, 11, 12, 30, 31], 'JENKS', 3)).toEqual([1, 10, 30, 31]);
  });

  it('cuts equal intervals and quantiles, moved up to the first value they reach', () => {
    expect(computeBornes([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 'EGAUX', 3)).toEqual([1, 4, 7, 10]);
    expect(computeBornes([1, 2, 3, 4, 5], 'QUANTILES', 2)).toEqual([1, 3, 5]);
  });

  it('gives each distinct value its class when there are no more of them than classes', () => {
    expect(computeBornes([5, 7, 7, 9], 'QUANTILES', 5)).toEqual([5, 7, 9, 9]);
    expect(computeBornes([4, 4], 'JENKS', 5)).toEqual([4, 4]);
    expect(computeBornes([], 'JENKS', 5)).toEqual([]);
  });
});
