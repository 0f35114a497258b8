import { NIVEAUX_DU_PLUS_PETIT } from '@poles-ess/shared';
import { raw, sql, type Sql } from '../common/sql';
import type { Executor } from '../database/executor';

// Rank of each level, fine to coarse (the shared order): a pole known only by its territory of action is placed in
// that territory and the coarser ones, never in the commune that happens to contain the territory's centre.
const NIVEAUX = `ARRAY[${NIVEAUX_DU_PLUS_PETIT.map((n) => `'${n}'`).join(', ')}]`;
const rank = (column: string) => raw(`array_position(${NIVEAUX}, ${column})`);

// Derived positions follow the reference: centre of the seat commune, else of the official territory of action.
const refreshDerivedPositions = (ids: Sql) => sql`
  UPDATE pole p SET position = src.centre,
    precision_position = CASE WHEN src.centre IS NULL THEN NULL ELSE src.precision END
  FROM (
    SELECT p2.id,
      COALESCE(c.centre, ta.centre) AS centre,
      CASE WHEN c.centre IS NOT NULL THEN 'COMMUNE' ELSE 'TERRITOIRE' END AS precision
    FROM pole p2
    LEFT JOIN territoire c ON c.niveau = 'COMMUNE' AND c.code = p2.code_commune_siege
    LEFT JOIN LATERAL (
      SELECT t.centre FROM pole_territoire_action a
      JOIN territoire t ON t.niveau = a.niveau AND t.code = a.code
      WHERE a.pole_id = p2.id AND t.centre IS NOT NULL ORDER BY a.id LIMIT 1
    ) ta ON true
    WHERE p2.position_derivee AND ${ids}
  ) src
  WHERE p.id = src.id`;

// Many poles (an import): territory by territory, so that each outline is read (detoasted, prepared) once for all the
// poles it holds instead of once per pole (100,000 imported poles: minutes otherwise). OFFSET 0 keeps the planner
// from turning the order round. One pole (a save): pole by pole, through the territories' index.
const byGeometry = (ids: Sql, parTerritoire: boolean) => sql`
  INSERT INTO pole_territoire (pole_id, niveau, code, methode)
  SELECT p.id, t.niveau, t.code, 'GEOMETRIE'
  ${
    parTerritoire
      ? sql`FROM territoire t
  CROSS JOIN LATERAL (SELECT p.id, p.precision_position FROM pole p WHERE p.position && t.geom AND ST_Intersects(t.geom, p.position) AND ${ids} OFFSET 0) p`
      : sql`FROM pole p
  JOIN territoire t ON t.geom && p.position AND ST_Intersects(t.geom, p.position)`
  }
  LEFT JOIN LATERAL (
    SELECT min(${rank('a.niveau')}) AS rang FROM pole_territoire_action a WHERE a.pole_id = p.id AND a.niveau IS NOT NULL
  ) action ON true
  WHERE ${parTerritoire ? sql`true` : sql`p.position IS NOT NULL AND ${ids}`}
    AND (p.precision_position <> 'TERRITOIRE' OR ${rank('t.niveau')} > COALESCE(action.rang, 0))
    AND NOT EXISTS (SELECT 1 FROM pole_territoire x WHERE x.pole_id = p.id AND x.niveau = t.niveau)
  ON CONFLICT DO NOTHING`;

// From how many poles the territory-by-territory order is cheaper (≈ 37,000 territories, one index probe each).
const PAR_TERRITOIRE_DES = 1000;

// Fallback where geometry is missing: the seat commune and its ancestors, for levels not found by geometry.
const bySeatCommune = (ids: Sql) => sql`
  INSERT INTO pole_territoire (pole_id, niveau, code, methode)
  SELECT DISTINCT p.id, l.niveau, l.code, 'LIEN_COMMUNE_SIEGE'
  FROM pole p
  CROSS JOIN LATERAL (
    SELECT 'COMMUNE'::text AS niveau, p.code_commune_siege AS code
    UNION ALL
    SELECT tl.niveau_parent, tl.code_parent FROM territoire_lien tl
    WHERE tl.niveau_membre = 'COMMUNE' AND tl.code_membre = p.code_commune_siege AND tl.date_fin IS NULL
  ) l
  JOIN territoire t ON t.niveau = l.niveau AND t.code = l.code
  WHERE p.code_commune_siege IS NOT NULL AND ${ids}
    AND NOT EXISTS (SELECT 1 FROM pole_territoire x WHERE x.pole_id = p.id AND x.niveau = l.niveau)
  ON CONFLICT DO NOTHING`;

// A pole placed at its territory of action: that territory and its ancestors.
const byActionTerritory = (ids: Sql) => sql`
  INSERT INTO pole_territoire (pole_id, niveau, code, methode)
  SELECT DISTINCT p.id, l.niveau, l.code, 'LIEN_TERRITOIRE_ACTION'
  FROM pole p
  JOIN pole_territoire_action a ON a.pole_id = p.id AND a.niveau IS NOT NULL
  CROSS JOIN LATERAL (
    SELECT a.niveau, a.code
    UNION ALL
    SELECT tl.niveau_parent, tl.code_parent FROM territoire_lien tl
    WHERE tl.niveau_membre = a.niveau AND tl.code_membre = a.code AND tl.date_fin IS NULL
  ) l
  JOIN territoire t ON t.niveau = l.niveau AND t.code = l.code
  WHERE p.code_commune_siege IS NULL AND ${ids}
    AND COALESCE(p.precision_position, 'TERRITOIRE') = 'TERRITOIRE'
  ON CONFLICT DO NOTHING`;

// The poles to recompute, for a pole table aliased `alias`: the given ones, or all.
function polesFilter(alias: string, ids: readonly string[] | null): Sql {
  return ids === null ? sql`true` : sql`${raw(alias)}.id = ANY(${ids}::uuid[])`;
}

// Recomputes `pole_territoire` (and the positions derived from territories) for the given poles, or all.
// Call it after loading or changing territory geometry, centres or memberships.
export async function recomputePoleTerritoires(db: Executor, poleIds?: readonly string[]): Promise<void> {
  const ids = poleIds ?? null;
  if (ids && ids.length === 0) return;
  await db.query(refreshDerivedPositions(polesFilter('p2', ids)));
  await db.query(sql`DELETE FROM pole_territoire pt WHERE ${ids === null ? sql`true` : sql`pt.pole_id = ANY(${ids}::uuid[])`}`);
  await db.query(byActionTerritory(polesFilter('p', ids)));
  await db.query(byGeometry(polesFilter('p', ids), ids === null || ids.length >= PAR_TERRITOIRE_DES));
  await db.query(bySeatCommune(polesFilter('p', ids)));
}
