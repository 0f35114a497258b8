import { NIVEAU_RANG, NIVEAUX_TERRITORIAUX, type NiveauTerritorial } from '@poles-ess/shared';

// Les listes de niveaux se lisent du plus grand au plus petit, dans l'ordre commun à l'API et au tableau de bord.
export function sortNiveauxDuPlusGrand<Niveau extends NiveauTerritorial>(niveaux: readonly Niveau[]): Niveau[] {
  return [...niveaux].sort((a, b) => NIVEAU_RANG[b] - NIVEAU_RANG[a]);
}

/** Les niveaux où l'on cherche un territoire par son nom (la France n'en compte qu'un). */
export const NIVEAUX_RECHERCHE = sortNiveauxDuPlusGrand(NIVEAUX_TERRITORIAUX.filter((niveau) => niveau !== 'FRANCE'));
