import { STATUTS_POLE, TYPES_POLE } from '@poles-ess/shared';
import type { StatutPole, TypePole } from '../poles/pole.enums';

// The column of the distance tables for one status and one type (`tous` = any type), e.g. actif_espace_hebergement.
export function distanceColumn(statut: StatutPole, type: TypePole | 'tous'): string {
  return `${statut.toLowerCase()}_${type.toLowerCase()}`;
}

export const DISTANCE_COLUMNS: string[] = STATUTS_POLE.flatMap((s) =>
  (['tous', ...TYPES_POLE] as const).map((t) => distanceColumn(s, t)),
);

// The member communes' nearest-pole distance per status (any type), as arrays beside a territory's own distances.
export const COMMUNES_COLUMNS: string[] = STATUTS_POLE.map((s) => `communes_${s.toLowerCase()}`);
