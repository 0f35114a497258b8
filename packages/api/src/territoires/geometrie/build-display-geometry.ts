import { raw, sql, type Sql } from '../../common/sql';
import type { Executor } from '../../database/executor';

// Degrees (same order as the official import's): moyenne about 100 m for regional maps, basse under
// 1 km for the whole of France; `pnpm qualite:geometrie` checks the payload targets. Coordinates are
// also rounded (ST_ReducePrecision keeps the result valid) to shrink the GeoJSON sent to maps.
export const TOLERANCES: Record<'moyenne' | 'basse', { simplification: number; grille: number }> = {
  moyenne: { simplification: 0.001, grille: 0.0001 },
  basse: { simplification: 0.008, grille: 0.001 },
};

function displayExpression(geom: string, tolerance: { simplification: number; grille: number }): string {
  // Simplified per feature (PostGIS 3.3 has no coverage simplification): neighbours may show tiny gaps.
  // ST_ReducePrecision needs valid input: an imported outline may self-touch once simplified.
  return `ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_ReducePrecision(
    ST_MakeValid(ST_SimplifyPreserveTopology(${geom}, ${tolerance.simplification})), ${tolerance.grille})), 3))`;
}

// SET clause for a new geometry `geom` expression: the geometry, its area and display versions in one
// row write (the embedded backend pays for every rewrite of these wide rows).
export function setGeometrySql(geom: string): Sql {
  return raw(`geom = ${geom}, superficie_km2 = ST_Area((${geom})::geography) / 1e6,
    geom_moyenne = ${displayExpression(geom, TOLERANCES.moyenne)}, geom_basse = ${displayExpression(geom, TOLERANCES.basse)}`);
}

function displaySql(colonne: string, tolerance: { simplification: number; grille: number }): Sql {
  return raw(`${colonne} = ${displayExpression('geom', tolerance)}`);
}

// (Re)computes geom_moyenne and geom_basse from geom, for one level or for all.
export async function buildDisplayGeometry(db: Executor, niveau?: string, codes?: string[]): Promise<void> {
  const duNiveau = niveau ? sql`niveau = ${niveau}` : sql`true`;
  const desCodes = codes ? sql`code = ANY(${codes}::text[])` : sql`true`;
  await db.query(
    sql`UPDATE territoire SET ${displaySql('geom_moyenne', TOLERANCES.moyenne)}, ${displaySql('geom_basse', TOLERANCES.basse)}
        WHERE geom IS NOT NULL AND ${duNiveau} AND ${desCodes}`,
  );
  await db.query(
    sql`UPDATE territoire SET geom_moyenne = NULL, geom_basse = NULL WHERE geom IS NULL AND (geom_moyenne IS NOT NULL OR geom_basse IS NOT NULL) AND ${duNiveau}`,
  );
}
