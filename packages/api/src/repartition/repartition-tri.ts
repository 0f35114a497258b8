import { badUserInput } from '../common/api-error';
import type { Repartition, TriRepartition } from './repartition.type';

export interface OrdreRepartition {
  tri?: TriRepartition | null;
  limite?: number | null;
}

const NON_RENSEIGNE = 'NON_RENSEIGNE';

// Sorts and cuts the rows of a breakdown; « non renseigné » is not a territory: it stays last and is never what a
// limit keeps in place of a real row.
export function sortRepartition(repartition: Repartition, { tri, limite }: OrdreRepartition): Repartition {
  if (limite !== null && limite !== undefined && !(Number.isInteger(limite) && limite >= 1)) {
    throw badUserInput('limite', 'La limite doit être un entier d’au moins 1.');
  }
  const connues = repartition.lignes.filter((l) => l.cle !== NON_RENSEIGNE);
  const inconnues = repartition.lignes.filter((l) => l.cle === NON_RENSEIGNE);
  const parLibelle = (a: { libelle: string }, b: { libelle: string }) => a.libelle.localeCompare(b.libelle, 'fr');
  if (tri === 'TOTAL_DECROISSANT') connues.sort((a, b) => b.total - a.total || parLibelle(a, b));
  if (tri === 'TOTAL_CROISSANT') connues.sort((a, b) => a.total - b.total || parLibelle(a, b));
  if (tri === 'LIBELLE') connues.sort(parLibelle);
  const lignes = limite ? connues.slice(0, limite) : [...connues, ...inconnues];
  return { ...repartition, lignes };
}
