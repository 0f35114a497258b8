import { assertUnreachable } from '../common/api-error';
import { sql, type Sql } from '../common/sql';
import type { Database } from '../database/database';
import { compositionALaDate, dissousLeSql, isCompositionDatee } from './composition-datee.sql';
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
// (territories without geometry are left out). With `date`, a territory whose composition is dated (a Pays)
// gets the outline and population of its composition at that date, and says when it was dissolved. The vintage is
// not repeated on each feature (30 KB on the communes of Bretagne): the source name carries it, and each
// Territoire its geometrieMillesime. Which territories have an outline is tested on the columns, never on the GeoJSON
// text: PostgreSQL evaluated that text for every territory of the level before the cheaper « dans » filter (the
// 34,875 communes for the 1,202 of Bretagne: 80 ms instead of 42 ms per request).
export async function getCarteTerritoires(
  db: Database,
  niveau: NiveauTerritorial,
  dans: TerritoireRef | null | undefined,
  precision: PrecisionGeometrie,
  date: string | null = null,
): Promise<string> {
  const [row] = await db.query<{ collection: string }>(
    sql`SELECT json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
              'type', 'Feature',
              'id', t.code,
              'geometry', x.g::json,
              'properties', (jsonb_build_object('code', t.code, 'nom', t.nom, 'niveau', t.niveau,
                 'geometrieSource', x.geometrie_source, 'geometrieSourceNom', x.geometrie_source_nom, 'population', x.population)
                 || jsonb_strip_nulls(jsonb_build_object('dissousLe', x.dissous_le)))::json
            ) ORDER BY t.code), '[]'::json))::text AS collection
     FROM territoire t
     CROSS JOIN LATERAL (SELECT ${date}::date IS NOT NULL AND ${isCompositionDatee('t')} AS datee) d
     LEFT JOIN LATERAL ${compositionALaDate('t', sql`${date}::date`, sql`${precision === 'COMPLETE'}::boolean`)} m ON d.datee
     CROSS JOIN LATERAL (SELECT CASE WHEN d.datee THEN m.geometrie ELSE ${geometrySql(precision)} END AS g,
                                CASE WHEN d.datee THEN m.population ELSE t.population END AS population,
                                CASE WHEN d.datee THEN m.geometrie_source ELSE t.geometrie_source END AS geometrie_source,
                                CASE WHEN d.datee THEN m.geometrie_source_nom ELSE t.geometrie_source_nom END AS geometrie_source_nom,
                                CASE WHEN d.datee THEN ${dissousLeSql('t')} END AS dissous_le) x
     WHERE t.niveau = ${niveau} AND CASE WHEN d.datee THEN m.geometrie IS NOT NULL ELSE t.geom IS NOT NULL END
       AND (${dans?.niveau ?? null}::text IS NULL OR EXISTS (
         SELECT 1 FROM territoire_lien l
         WHERE l.niveau_membre = t.niveau AND l.code_membre = t.code
           AND l.niveau_parent = ${dans?.niveau ?? null} AND l.code_parent = ${dans?.code ?? null}
           AND (l.date_debut IS NULL OR l.date_debut <= coalesce(${date}::date, current_date))
           AND (l.date_fin IS NULL OR l.date_fin > coalesce(${date}::date, current_date))))`,
  );
  return row!.collection;
}
