import { TYPES_POLE, type TypePole } from '@poles-ess/shared';
import type { DynamiquesPageQuery } from '../../graphql/generated/graphql';

export type TypeRegionChartRow = { regionCode: string; region: string; total: number } & Record<TypePole, number>;

const NON_RENSEIGNE = 'NON_RENSEIGNE';

// La répartition de l'API (une ligne par ancienne région, une série par type) en lignes de BarChart empilé.
export function toRepartitionChartRows(repartition: Pick<DynamiquesPageQuery['typesParRegion'], 'lignes'>): TypeRegionChartRow[] {
  const rows = repartition.lignes.map((ligne): TypeRegionChartRow => {
    const row: TypeRegionChartRow = {
      regionCode: ligne.cle === NON_RENSEIGNE ? '' : ligne.cle,
      region: ligne.libelle,
      total: ligne.total,
      ASSOCIATION_DEVELOPPEMENT: 0,
      ESPACE_HEBERGEMENT: 0,
      CENTRE_MULTIFONCTION: 0,
    };
    for (const valeur of ligne.valeurs) {
      if ((TYPES_POLE as readonly string[]).includes(valeur.serie)) row[valeur.serie as TypePole] = valeur.valeur ?? 0;
    }
    return row;
  });
  return rows.sort(
    (a, b) => Number(a.regionCode === '') - Number(b.regionCode === '') || b.total - a.total || a.region.localeCompare(b.region, 'fr'),
  );
}
