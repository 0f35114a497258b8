import { STATUTS_POLE, STATUT_POLE_LABELS, type StatutPole } from '@poles-ess/shared';
import type { Pole } from '../../graphql/generated/graphql';

export interface StatutChartRow {
  statut: StatutPole;
  libelle: string;
  nombre: number;
}

export function toStatutChartRows(poles: readonly Pick<Pole, 'statut'>[]): StatutChartRow[] {
  return STATUTS_POLE.map((statut) => ({
    statut,
    libelle: STATUT_POLE_LABELS[statut],
    nombre: poles.filter((pole) => pole.statut === statut).length,
  }));
}
