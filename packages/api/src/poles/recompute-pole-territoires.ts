import type { DataSource, EntityManager } from 'typeorm';

export type Queryable = Pick<DataSource | EntityManager, 'query'>;

// Rank of each level, fine to coarse: a pole known only by its territory of action is placed in that
// territory and the coarser ones, never in the commune that happens to contain the territory's centre.
const RANK = `CASE %s WHEN 'COMMUNE' THEN 1 WHEN 'EPCI' THEN 2 WHEN 'PAYS' THEN 3 WHEN 'DEPARTEMENT' THEN 4
  WHEN 'ANCIENNE_REGION' THEN 5 WHEN 'REGION' THEN 6 ELSE 7 END`;
const rank = (column: string) => RANK.replace('%s', column);

// Derived positions follow the reference: centre of the seat commune, else of the official territory of action.
const REFRESH_DERIVED_POSITIONS = `
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
    WHERE p2.position_derivee AND ($1::uuid[] IS NULL OR p2.id = ANY($1::uuid[]))
  ) src
  WHERE p.id = src.id`;

const BY_GEOMETRY = `
  INSERT INTO pole_territoire (pole_id, niveau, code, methode)
  SELECT p.id, t.niveau, t.code, 'GEOMETRIE'
  FROM pole p
  JOIN territoire t ON t.geom && p.position AND ST_Intersects(t.geom, p.position)
  LEFT JOIN LATERAL (
    SELECT min(${rank('a.niveau')}) AS rang FROM pole_territoire_action a WHERE a.pole_id = p.id AND a.niveau IS NOT NULL
  ) action ON true
  WHERE p.position IS NOT NULL AND ($1::uuid[] IS NULL OR p.id = ANY($1::uuid[]))
    AND (p.precision_position <> 'TERRITOIRE' OR ${rank('t.niveau')} > COALESCE(action.rang, 0))
    AND NOT EXISTS (SELECT 1 FROM pole_territoire x WHERE x.pole_id = p.id AND x.niveau = t.niveau)
  ON CONFLICT DO NOTHING`;

// Fallback where geometry is missing: the seat commune and its ancestors, for levels not found by geometry.
const BY_SEAT_COMMUNE = `
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
  WHERE p.code_commune_siege IS NOT NULL AND ($1::uuid[] IS NULL OR p.id = ANY($1::uuid[]))
    AND NOT EXISTS (SELECT 1 FROM pole_territoire x WHERE x.pole_id = p.id AND x.niveau = l.niveau)
  ON CONFLICT DO NOTHING`;

// A pole placed at its territory of action: that territory and its ancestors.
const BY_ACTION_TERRITORY = `
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
  WHERE p.code_commune_siege IS NULL AND ($1::uuid[] IS NULL OR p.id = ANY($1::uuid[]))
    AND COALESCE(p.precision_position, 'TERRITOIRE') = 'TERRITOIRE'
  ON CONFLICT DO NOTHING`;

/**
 * Recomputes `pole_territoire` (and the positions derived from territories) for the given poles, or all.
 * Call it after loading or changing territory geometry, centres or memberships.
 */
export async function recomputePoleTerritoires(db: Queryable, poleIds?: string[]): Promise<void> {
  const ids = poleIds ?? null;
  if (ids && ids.length === 0) return;
  await db.query(REFRESH_DERIVED_POSITIONS, [ids]);
  await db.query('DELETE FROM pole_territoire WHERE ($1::uuid[] IS NULL OR pole_id = ANY($1::uuid[]))', [ids]);
  await db.query(BY_ACTION_TERRITORY, [ids]);
  await db.query(BY_GEOMETRY, [ids]);
  await db.query(BY_SEAT_COMMUNE, [ids]);
}
