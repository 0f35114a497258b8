import { setGeometrySql } from './build-display-geometry';
import { sql } from '../../common/sql';
import type { Executor } from '../../database/executor';
import { CENTRE_SURFACE, SOURCE_APPROXIMATIVE, sourceUnion } from './geometrie.sources';

// Each level above another is the union of its members at this level (current links only).
// Order matters: a level is rebuilt after the level it is made of.
export const CONSTRUCTION_PAR_UNION: { parent: string; membre: string }[] = [
  { parent: 'EPCI', membre: 'COMMUNE' },
  { parent: 'PAYS', membre: 'EPCI' },
  { parent: 'DEPARTEMENT', membre: 'COMMUNE' },
  { parent: 'REGION', membre: 'DEPARTEMENT' },
  { parent: 'ANCIENNE_REGION', membre: 'DEPARTEMENT' },
  { parent: 'FRANCE', membre: 'DEPARTEMENT' },
];

export interface RebuildOptions {
  // true: a parent is the union of the members that have a geometry (approximate build, where some
  // communes have none). false (default, after an official import): a parent with a member without
  // geometry keeps its current outline, since a partial union would be wrong.
  accepterMembresSansGeometrie?: boolean;
  // Levels not to rebuild (the approximate build makes départements from all their cells).
  niveauxExclus?: string[];
}

// The levels built, directly or not, from `fromNiveau`, in build order.
export function listNiveauxAuDessus(fromNiveau: string): { parent: string; membre: string }[] {
  const atteints = new Set([fromNiveau]);
  const etapes: { parent: string; membre: string }[] = [];
  for (const etape of CONSTRUCTION_PAR_UNION) {
    if (!atteints.has(etape.membre)) continue;
    atteints.add(etape.parent);
    etapes.push(etape);
  }
  return etapes;
}

// After an import of one level: the levels above are rebuilt as unions of their members. A parent is
// OFFICIELLE only when every member is; otherwise it stays APPROXIMATIVE with the method named.
// Display versions are recomputed with the geometry.
export async function rebuildParentGeometry(db: Executor, fromNiveau: string, options: RebuildOptions = {}): Promise<void> {
  for (const { parent, membre } of listNiveauxAuDessus(fromNiveau)) {
    if (options.niveauxExclus?.includes(parent)) continue;
    await rebuildNiveau(db, parent, membre, options.accepterMembresSansGeometrie ?? false);
  }
}

async function rebuildNiveau(db: Executor, parent: string, membre: string, partiel: boolean): Promise<void> {
  await db.query(
    sql`WITH u AS (
       SELECT l.code_parent AS code,
              ST_Multi(ST_CollectionExtract(CASE WHEN count(m.geom) = 1 THEN (array_agg(m.geom) FILTER (WHERE m.geom IS NOT NULL))[1] ELSE ST_Union(m.geom) END, 3)) AS g,
              count(*) AS membres, count(m.geom) AS avec_geom,
              bool_and(m.geometrie_source = 'OFFICIELLE' AND m.geom IS NOT NULL) AS officielle
       FROM territoire_lien l
       JOIN territoire m ON m.niveau = l.niveau_membre AND m.code = l.code_membre
       WHERE l.niveau_membre = ${membre} AND l.niveau_parent = ${parent} AND l.date_fin IS NULL
       GROUP BY l.code_parent)
     UPDATE territoire t SET
       ${setGeometrySql('u.g')},
       centre = ST_PointOnSurface(u.g),
       centre_source = CASE WHEN u.g IS NULL THEN NULL WHEN u.officielle THEN 'point intérieur du contour officiel' ELSE ${CENTRE_SURFACE} END,
       geometrie_source = CASE WHEN u.officielle THEN 'OFFICIELLE' ELSE 'APPROXIMATIVE' END,
       geometrie_source_nom = CASE WHEN u.officielle THEN ${sourceUnion(membre)} ELSE ${SOURCE_APPROXIMATIVE} END,
       geometrie_millesime = NULL
     FROM u
     WHERE t.niveau = ${parent} AND t.code = u.code AND (u.avec_geom = u.membres OR ${partiel}::boolean)`,
  );
}
