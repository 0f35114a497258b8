import type { DataSource } from 'typeorm';
import { assertUnreachable } from '../common/api-error';
import { NiveauTerritorial, PrecisionGeometrie } from './territoire.enums';
import type { TerritoireRef } from './territoire.type';

function geometrySql(precision: PrecisionGeometrie): string {
  switch (precision) {
    case PrecisionGeometrie.COMPLETE:
      return 'ST_AsGeoJSON(t.geom, 5)';
    case PrecisionGeometrie.MOYENNE:
      return 'ST_AsGeoJSON(coalesce(t.geom_moyenne, t.geom), 4)';
    case PrecisionGeometrie.BASSE:
      return 'ST_AsGeoJSON(coalesce(t.geom_basse, t.geom_moyenne, t.geom), 4)';
    default:
      return assertUnreachable(precision);
  }
}

// A whole map layer as one FeatureCollection, built by PostgreSQL in one statement and sent as text
// (territories without geometry yet are left out).
export async function getCarteTerritoires(
  dataSource: DataSource,
  niveau: NiveauTerritorial,
  dans: TerritoireRef | null | undefined,
  precision: PrecisionGeometrie,
): Promise<string> {
  const [row] = (await dataSource.query(
    `SELECT json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
              'type', 'Feature',
              'id', t.code,
              'geometry', ${geometrySql(precision)}::json,
              'properties', json_build_object('code', t.code, 'nom', t.nom, 'niveau', t.niveau,
                 'geometrieSource', t.geometrie_source, 'geometrieSourceNom', t.geometrie_source_nom,
                 'population', t.population)
            ) ORDER BY t.code), '[]'::json))::text AS collection
     FROM territoire t
     WHERE t.niveau = $1 AND t.geom IS NOT NULL
       AND ($2::text IS NULL OR EXISTS (
         SELECT 1 FROM territoire_lien l
         WHERE l.niveau_membre = t.niveau AND l.code_membre = t.code
           AND l.niveau_parent = $2 AND l.code_parent = $3 AND l.date_fin IS NULL))`,
    [niveau, dans?.niveau ?? null, dans?.code ?? null],
  )) as { collection: string }[];
  return row!.collection;
}
