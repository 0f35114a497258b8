import { parseAsStringLiteral } from 'nuqs';
import { defineUrlState } from '../../ui/url/define-url-state';
import { FILTRE_POLES_URL_STATE } from '../../ui/url/filtre-poles-url-state';
import { parseAsTexte } from '../../ui/url/url-parsers';

export const COLONNES_TRI = ['nom', 'type', 'statut', 'territoireAction', 'communeSiege', 'paysRegion'] as const;
export type ColonneTri = (typeof COLONNES_TRI)[number];

export const POLES_URL_STATE = defineUrlState(
  {
    ...FILTRE_POLES_URL_STATE.parsers,
    recherche: parseAsTexte.withDefault(''),
    tri: parseAsStringLiteral(COLONNES_TRI).withDefault('nom'),
    ordre: parseAsStringLiteral(['asc', 'desc'] as const).withDefault('asc'),
  },
  { ...FILTRE_POLES_URL_STATE.urlKeys, recherche: 'q' },
);

export type PolesUrlState = ReturnType<typeof POLES_URL_STATE.load>;
export type PolesUrlUpdate = (patch: Partial<PolesUrlState>) => void;

export const SANS_FILTRE: Partial<PolesUrlState> = { recherche: '', types: [], statuts: [], fonctions: [], territoire: null };

export function hasActiveFilter(state: PolesUrlState): boolean {
  return Boolean(state.recherche || state.types.length || state.statuts.length || state.fonctions.length || state.territoire);
}
