import type { FiltrePoles } from '../../graphql/generated/graphql';
import type { PolesUrlState } from './poles-url-state';

// Les filtres de l'URL deviennent le FiltrePoles de l'API : le tableau et ses exports montrent la même liste.
export function toFiltrePoles(state: PolesUrlState): FiltrePoles {
  const filtre: FiltrePoles = {};
  if (state.types.length) filtre.types = state.types;
  if (state.statuts.length) filtre.statuts = state.statuts;
  if (state.fonctions.length) filtre.fonctions = state.fonctions;
  if (state.territoire) filtre.dans = state.territoire;
  if (state.recherche) filtre.recherche = state.recherche;
  return filtre;
}
