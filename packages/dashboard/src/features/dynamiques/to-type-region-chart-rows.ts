import { TYPES_POLE, type TypePole } from '@poles-ess/shared';

export interface PoleTypeRegionInput {
  type: TypePole;
  /** Ancienne région (avant 2016) où le pôle est situé ; null quand son territoire n'y est pas rattaché. */
  region: { code: string; nom: string } | null;
}

export type TypeRegionChartRow = { regionCode: string; region: string; total: number } & Record<TypePole, number>;

export const REGION_NON_RATTACHEE = 'Non rattaché à une région';

// Une ligne par ancienne région (l'échelle de l'étude), des colonnes par type : prêt pour un BarChart empilé.
export function toTypeRegionChartRows(poles: readonly PoleTypeRegionInput[]): TypeRegionChartRow[] {
  const byRegion = new Map<string, TypeRegionChartRow>();
  for (const pole of poles) {
    const code = pole.region?.code ?? '';
    let row = byRegion.get(code);
    if (!row) {
      row = { regionCode: code, region: pole.region?.nom ?? REGION_NON_RATTACHEE, total: 0, ASSOCIATION_DEVELOPPEMENT: 0, ESPACE_HEBERGEMENT: 0, CENTRE_MULTIFONCTION: 0 };
      byRegion.set(code, row);
    }
    row[pole.type] += 1;
    row.total += 1;
  }
  return [...byRegion.values()].sort(
    (a, b) => Number(a.regionCode === '') - Number(b.regionCode === '') || b.total - a.total || a.region.localeCompare(b.region, 'fr'),
  );
}

export function countByType(poles: readonly { type: TypePole }[]): Record<TypePole, number> {
  const counts = Object.fromEntries(TYPES_POLE.map((type) => [type, 0])) as Record<TypePole, number>;
  for (const pole of poles) counts[pole.type] += 1;
  return counts;
}
