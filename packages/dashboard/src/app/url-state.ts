import { FONCTIONS_POLE, NIVEAUX_TERRITORIAUX, STATUTS_POLE, TYPES_POLE } from '@poles-ess/shared';
import type { FonctionPole, NiveauTerritorial, StatutPole, TypePole } from '@poles-ess/shared';

// Tout ce qu'un écran montre vit dans l'URL : une vue partagée se rouvre à l'identique.
export const COUCHES_CARTE = ['choroplethe', 'poles', 'densite', 'etiquettes'] as const;
export type CoucheCarte = (typeof COUCHES_CARTE)[number];

export const METHODES_CLASSIFICATION = ['QUANTILES', 'EGAUX', 'JENKS'] as const;
export type MethodeClassification = (typeof METHODES_CLASSIFICATION)[number];

export const NIVEAUX_CARTE = ['REGION', 'ANCIENNE_REGION', 'DEPARTEMENT', 'PAYS', 'EPCI'] as const satisfies readonly NiveauTerritorial[];
export type NiveauCarte = (typeof NIVEAUX_CARTE)[number];

export interface TerritoireSelection {
  niveau: NiveauTerritorial;
  code: string;
}

export interface CarteUrlState {
  niveau: NiveauCarte;
  indicateur: string | null;
  methode: MethodeClassification;
  nombre: number;
  couches: CoucheCarte[];
  types: TypePole[];
  statuts: StatutPole[];
  fonctions: FonctionPole[];
  territoire: TerritoireSelection | null;
  affichage: 'carte' | 'tableau';
}

export const DEFAULT_CARTE_STATE: CarteUrlState = {
  niveau: 'REGION',
  indicateur: null,
  methode: 'QUANTILES',
  nombre: 5,
  couches: ['choroplethe', 'poles', 'etiquettes'],
  types: [],
  statuts: [],
  fonctions: [],
  territoire: null,
  affichage: 'carte',
};

const NOMBRE_MIN = 3;
const NOMBRE_MAX = 7;

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | null {
  return raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : null;
}

function listOf<T extends string>(values: readonly T[], raw: string | null): T[] {
  if (!raw) return [];
  const seen = new Set<T>();
  for (const part of raw.split(',')) {
    const value = oneOf(values, part.trim());
    if (value) seen.add(value);
  }
  return [...seen];
}

export function parseTerritoireParam(raw: string | null): TerritoireSelection | null {
  if (!raw) return null;
  const separator = raw.indexOf(':');
  if (separator < 0) return null;
  const niveau = oneOf(NIVEAUX_TERRITORIAUX, raw.slice(0, separator));
  const code = raw.slice(separator + 1).trim();
  return niveau && code ? { niveau, code } : null;
}

export function formatTerritoireParam(territoire: TerritoireSelection): string {
  return `${territoire.niveau}:${territoire.code}`;
}

export function parseCarteState(params: URLSearchParams): CarteUrlState {
  const nombre = Number.parseInt(params.get('classes') ?? '', 10);
  const couchesRaw = params.get('couches');
  return {
    niveau: oneOf(NIVEAUX_CARTE, params.get('niveau')) ?? DEFAULT_CARTE_STATE.niveau,
    indicateur: params.get('indicateur') || null,
    methode: oneOf(METHODES_CLASSIFICATION, params.get('methode')) ?? DEFAULT_CARTE_STATE.methode,
    nombre: Number.isFinite(nombre) ? Math.min(NOMBRE_MAX, Math.max(NOMBRE_MIN, nombre)) : DEFAULT_CARTE_STATE.nombre,
    // « couches= » vide veut dire : l'utilisateur a tout décoché.
    couches: couchesRaw === null ? DEFAULT_CARTE_STATE.couches : listOf(COUCHES_CARTE, couchesRaw),
    types: listOf(TYPES_POLE, params.get('types')),
    statuts: listOf(STATUTS_POLE, params.get('statuts')),
    fonctions: listOf(FONCTIONS_POLE, params.get('fonctions')),
    territoire: parseTerritoireParam(params.get('territoire')),
    affichage: params.get('affichage') === 'tableau' ? 'tableau' : 'carte',
  };
}

// Only values that differ from the defaults are written: short, readable URLs.
export function toCarteSearchParams(state: CarteUrlState): URLSearchParams {
  const params = new URLSearchParams();
  const d = DEFAULT_CARTE_STATE;
  if (state.niveau !== d.niveau) params.set('niveau', state.niveau);
  if (state.indicateur) params.set('indicateur', state.indicateur);
  if (state.methode !== d.methode) params.set('methode', state.methode);
  if (state.nombre !== d.nombre) params.set('classes', String(state.nombre));
  if (state.couches.join(',') !== d.couches.join(',')) params.set('couches', state.couches.join(','));
  if (state.types.length) params.set('types', state.types.join(','));
  if (state.statuts.length) params.set('statuts', state.statuts.join(','));
  if (state.fonctions.length) params.set('fonctions', state.fonctions.join(','));
  if (state.territoire) params.set('territoire', formatTerritoireParam(state.territoire));
  if (state.affichage !== d.affichage) params.set('affichage', state.affichage);
  return params;
}

export function toggleValue<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}
