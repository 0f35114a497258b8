import { ckmeans, quantile } from 'simple-statistics';
import { MethodeClassification } from './classes.type';

// Class breaks (n + 1 bounds) over the known values; the map and the legend use these same numbers.
export function computeBornes(valeurs: number[], methode: MethodeClassification, nombre: number): number[] {
  if (valeurs.length === 0) return [];
  const tries = [...valeurs].sort((a, b) => a - b);
  const min = tries[0]!;
  const max = tries[tries.length - 1]!;
  const n = Math.max(1, Math.min(nombre, new Set(tries).size));
  switch (methode) {
    case MethodeClassification.EGAUX:
      return Array.from({ length: n + 1 }, (_, i) => min + ((max - min) * i) / n);
    case MethodeClassification.QUANTILES:
      return Array.from({ length: n + 1 }, (_, i) => quantile(tries, i / n));
    case MethodeClassification.JENKS:
      return [...ckmeans(tries, n).map((groupe) => groupe[0]!), max];
  }
}
