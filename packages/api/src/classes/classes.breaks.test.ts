import { classeDe } from '@poles-ess/shared';
import { computeBornes } from './classes.breaks';
import { MethodeClassification } from './classes.type';

describe('computeBornes', () => {
  const valeurs = [1, 2, 3, 10, 11, 12, 30, 31];
  it('finds natural breaks with ckmeans', () => {
    expect(computeBornes(valeurs, MethodeClassification.JENKS, 3)).toEqual([1, 10, 30, 31]);
  });
  it('cuts equal intervals and quantiles', () => {
    expect(computeBornes([0, 10], MethodeClassification.EGAUX, 2)).toEqual([0, 5, 10]);
    expect(computeBornes([1, 2, 3, 4, 5], MethodeClassification.QUANTILES, 2)).toEqual([1, 3, 5]);
  });
  it('puts each value in its class, the maximum in the last one', () => {
    const bornes = [1, 10, 30, 31];
    expect(valeurs.map((v) => classeDe(v, bornes))).toEqual([0, 0, 0, 1, 1, 1, 2, 2]);
  });
});
