import { FONCTIONS_POLE, STATUTS_POLE, TYPES_POLE } from '@poles-ess/shared';
import type { FiltrePoles } from '../../graphql/generated/graphql';
import { defineUrlState } from './define-url-state';
import { parseAsListe, parseAsTerritoire } from './url-parsers';

// Les mêmes paramètres sur la carte et dans la liste des pôles : un filtre se partage d'une vue à l'autre.
export const FILTRE_POLES_URL_STATE = defineUrlState({
  types: parseAsListe(TYPES_POLE).withDefault([]),
  statuts: parseAsListe(STATUTS_POLE).withDefault([]),
  fonctions: parseAsListe(FONCTIONS_POLE).withDefault([]),
  territoire: parseAsTerritoire,
});

type FiltrePolesUrl = ReturnType<typeof FILTRE_POLES_URL_STATE.load> & { recherche?: string };

// Les filtres de l'adresse deviennent le FiltrePoles de l'API : la vue et ses exports montrent la même liste.
export function toFiltrePoles(state: FiltrePolesUrl): FiltrePoles {
  const filtre: FiltrePoles = {};
  if (state.types.length) filtre.types = state.types;
  if (state.statuts.length) filtre.statuts = state.statuts;
  if (state.fonctions.length) filtre.fonctions = state.fonctions;
  if (state.territoire) filtre.dans = state.territoire;
  if (state.recherche) filtre.recherche = state.recherche;
  return filtre;
}
