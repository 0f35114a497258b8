import { FONCTIONS_POLE, STATUTS_POLE, TYPES_POLE } from '@poles-ess/shared';
import type { FonctionPole, StatutPole, TypePole } from '@poles-ess/shared';
import { formatTerritoireParam, parseTerritoireParam, type TerritoireSelection } from '../../app/url-state';

// Mêmes noms de paramètres que la carte (types, statuts, fonctions, territoire) : un filtre se partage d'une vue à l'autre.
export const COLONNES_TRI = ['nom', 'type', 'statut', 'territoireAction', 'communeSiege', 'paysRegion'] as const;
export type ColonneTri = (typeof COLONNES_TRI)[number];

export interface PolesUrlState {
  recherche: string;
  types: TypePole[];
  statuts: StatutPole[];
  fonctions: FonctionPole[];
  territoire: TerritoireSelection | null;
  tri: ColonneTri;
  ordre: 'asc' | 'desc';
}

export const DEFAULT_POLES_STATE: PolesUrlState = {
  recherche: '',
  types: [],
  statuts: [],
  fonctions: [],
  territoire: null,
  tri: 'nom',
  ordre: 'asc',
};

function listOf<T extends string>(values: readonly T[], raw: string | null): T[] {
  if (!raw) return [];
  const allowed = new Set<string>(values);
  return [...new Set(raw.split(',').map((part) => part.trim()))].filter((part): part is T => allowed.has(part));
}

export function parsePolesState(params: URLSearchParams): PolesUrlState {
  const tri = params.get('tri');
  return {
    recherche: params.get('q')?.trim() ?? '',
    types: listOf(TYPES_POLE, params.get('types')),
    statuts: listOf(STATUTS_POLE, params.get('statuts')),
    fonctions: listOf(FONCTIONS_POLE, params.get('fonctions')),
    territoire: parseTerritoireParam(params.get('territoire')),
    tri: (COLONNES_TRI as readonly string[]).includes(tri ?? '') ? (tri as ColonneTri) : DEFAULT_POLES_STATE.tri,
    ordre: params.get('ordre') === 'desc' ? 'desc' : 'asc',
  };
}

export function toPolesSearchParams(state: PolesUrlState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.recherche) params.set('q', state.recherche);
  if (state.types.length) params.set('types', state.types.join(','));
  if (state.statuts.length) params.set('statuts', state.statuts.join(','));
  if (state.fonctions.length) params.set('fonctions', state.fonctions.join(','));
  if (state.territoire) params.set('territoire', formatTerritoireParam(state.territoire));
  if (state.tri !== DEFAULT_POLES_STATE.tri) params.set('tri', state.tri);
  if (state.ordre !== DEFAULT_POLES_STATE.ordre) params.set('ordre', state.ordre);
  return params;
}

export function hasActiveFilter(state: PolesUrlState): boolean {
  return Boolean(state.recherche || state.types.length || state.statuts.length || state.fonctions.length || state.territoire);
}
