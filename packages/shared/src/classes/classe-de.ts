// Règle de classement d'une valeur dans des classes [b0, b1[, [b1, b2[, …, [bn-1, bn] : une valeur égale à une
// borne intérieure va dans la classe supérieure ; le maximum reste dans la dernière. L'API classe ainsi les
// territoires, et le tableau de bord applique la même règle quand il classe lui-même.
export function classeDe(valeur: number, bornes: readonly number[]): number {
  for (let i = bornes.length - 2; i >= 0; i -= 1) if (valeur >= bornes[i]!) return i;
  return 0;
}
