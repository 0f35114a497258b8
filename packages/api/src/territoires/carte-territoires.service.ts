import { assertUnreachable } from '../common/api-error';
import { sql, type Sql } from '../common/sql';
import type { Database } from '../database/database';
import type { NiveauTerritorial, PrecisionGeometrie } from './territoire.enums';
import type { TerritoireRef } from './territoire-ref.input';

function geometrySql(precision: PrecisionGeometrie): Sql {
  switch (precision) {
    case 'COMPLETE':
      return sql`ST_AsGeoJSON(t.geom, 5)`;
    case 'MOYENNE':
      return sql`ST_AsGeoJSON(coalesce(t.geom_moyenne, t.geom), 4)`;
    case 'BASSE':
      return sql`ST_AsGeoJSON(coalesce(t.geom_basse, t.geom_moyenne, t.geom), 4)`;
    default:
      return assertUnreachable(precision);
  }
}

// A whole map layer as one FeatureCollection, built by PostgreSQL in one statement and sent as text
// (territories without geometry yet are left out).
export async function getCarteTerritoires(
  db: Database,
  niveau: NiveauTerritorial,
  dans: TerritoireRef | null | undefined,
  precision: PrecisionGeometrie,
): Promise<string> {
  const [row] = await db.query<{ collection: string }>(
    sql`SELECT json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
              'type', 'Feature',
              'id', t.code,
              'geometry', ${geometrySql(precision)}::json,
              'properties', json_build_object('code', t.code, 'nom', t.nom, 'niveau', t.niveau,
                 'geometrieSource', t.geometrie_source, 'geometrieSourceNom', t.geometrie_source_nom,
                 'population', t.population)
            ) ORDER BY t.code), '[]'::json))::text AS collection
     FROM territoire t
     WHERE t.niveau = ${niveau} AND t.geom IS NOT NULL
       AND (${dans?.niveau ?? null}::text IS NULL OR EXISTS (
         SELECT 1 FROM territoire_lien l
         WHERE l.niveau_membre = t.niveau AND l.code_membre = t.code
           AND l.niveau_parent = ${dans?.niveau ?? null} AND l.code_parent = ${dans?.code ?? null} AND l.date_fin IS NULL))`,
  );
  return row!.collection;
}
