import { classeDe } from './classe-de';

describe('classeDe', () => {
  const bornes = [0, 10, 100, 1000];

  it('puts a value equal to an inner break in the upper class', () => {
    expect(classeDe(10, bornes)).toBe(1);
    expect(classeDe(100, bornes)).toBe(2);
  });

  it('keeps the minimum in the first class and the maximum in the last', () => {
    expect(classeDe(0, bornes)).toBe(0);
    expect(classeDe(1000, bornes)).toBe(2);
    expect(classeDe(9.99, bornes)).toBe(0);
  });
});
