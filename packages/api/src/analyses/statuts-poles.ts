import { STATUTS_POLE, TYPES_POLE } from '@poles-ess/shared';
import { badUserInput } from '../common/api-error';
import type { StatutPole, TypePole } from '../poles/pole.enums';

// Which pole statuses count as present in coverage (distances, active association, population covered).
export const STATUTS_COMPTES_DEFAUT: StatutPole[] = ['ACTIF'];

export function normalizeStatuts(statuts: readonly StatutPole[] | null | undefined): StatutPole[] {
  const liste = statuts ?? STATUTS_COMPTES_DEFAUT;
  if (liste.length === 0) throw badUserInput('statutsPoles', 'Indiquez au moins un statut de pôle.');
  // Stable order, no duplicates: the SQL and the echoed value do not depend on how the list was written.
  return STATUTS_POLE.filter((s) => liste.includes(s));
}

// The column of distance_commune_pole for one status and one type (`tous` = any type).
export function distanceColumn(statut: StatutPole, type: TypePole | 'tous'): string {
  return `${statut.toLowerCase()}_${type.toLowerCase()}`;
}

export const DISTANCE_COLUMNS: string[] = STATUTS_POLE.flatMap((s) =>
  (['tous', ...TYPES_POLE] as const).map((t) => distanceColumn(s, t)),
);

// Nearest commune distance among the counted statuses; LEAST skips the NULLs (no such pole located).
// The names come from the enum, never from the client's text.
export function leastDistanceSql(alias: string, statuts: readonly StatutPole[], type: TypePole | 'tous' = 'tous'): string {
  return `LEAST(${statuts.map((s) => `${alias}.${distanceColumn(s, type)}`).join(', ')})`;
}

export function formatStatuts(statuts: readonly StatutPole[]): string {
  return statuts.join(', ');
}
