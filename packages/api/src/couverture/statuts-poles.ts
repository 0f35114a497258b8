import { STATUTS_POLE } from '@poles-ess/shared';
import { badUserInput } from '../common/api-error';
import type { StatutPole, TypePole } from '../poles/pole.enums';
import { distanceColumn } from './distance-colonnes';

// Which pole statuses count as present in coverage (distances, active association, population covered).
export const STATUTS_COMPTES_DEFAUT: StatutPole[] = ['ACTIF'];

// The statuses whose commune distances are also kept sorted (couverture_communes_statut): the default one. Each adds
// ~0.4 s to every refresh on the full referential (~175,000 commune links); other status lists use the arrays of
// distance_territoire_pole.
export const STATUTS_DISTANCES_TRIEES: readonly StatutPole[] = STATUTS_COMPTES_DEFAUT;

export function normalizeStatuts(statuts: readonly StatutPole[] | null | undefined): StatutPole[] {
  const liste = statuts ?? STATUTS_COMPTES_DEFAUT;
  if (liste.length === 0) throw badUserInput('statutsPoles', 'Indiquez au moins un statut de pôle.');
  // Stable order, no duplicates: the SQL and the echoed value do not depend on how the list was written.
  return STATUTS_POLE.filter((s) => liste.includes(s));
}

// Nearest commune distance among the counted statuses; LEAST skips the NULLs (no such pole located).
// The names come from the enum, never from the client's text.
export function leastDistanceSql(alias: string, statuts: readonly StatutPole[], type: TypePole | 'tous' = 'tous'): string {
  return `LEAST(${statuts.map((s) => `${alias}.${distanceColumn(s, type)}`).join(', ')})`;
}

export function formatStatuts(statuts: readonly StatutPole[]): string {
  return statuts.join(', ');
}
