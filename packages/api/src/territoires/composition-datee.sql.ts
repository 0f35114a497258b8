import { badUserInput } from '../common/api-error';
import { raw, sql, type Sql } from '../common/sql';

const DATE_ISO = /^\d{4}-\d{2}-\d{2}$/;

// `date` arguments: AAAA-MM-JJ, null = today.
export function readDateComposition(date: string | null | undefined): string | null {
  if (date === null || date === undefined) return null;
  if (!DATE_ISO.test(date) || Number.isNaN(Date.parse(date))) {
    throw badUserInput('date', `date « ${date} » invalide : attendu AAAA-MM-JJ (par exemple 2010-01-01).`);
  }
  return date;
}

// A territory whose composition is dated (a Pays that changed or was dissolved): its outline and population at
// another date come from the communes that belonged to it then; any other territory keeps its stored ones.
export function isCompositionDatee(alias: string): Sql {
  return sql`EXISTS (SELECT 1 FROM territoire_lien ld WHERE ld.niveau_parent = ${raw(alias)}.niveau AND ld.code_parent = ${raw(alias)}.code
                       AND (ld.date_debut IS NOT NULL OR ld.date_fin IS NOT NULL))`;
}

// Population (pinned vintage of each commune) and outline of the composition of `alias` valid at `date`: the union
// of its communes' outlines, full (`complete`) or display versions (simplified on shared borders, so that their
// union leaves no sliver).
export function compositionALaDate(alias: string, date: Sql, complete: Sql, sansContour: Sql = sql`false`): Sql {
  const a = raw(alias);
  // Its outline's source: the communes' when they share one (the built-in outlines), flagged as theirs.
  return sql`(SELECT sum(c.population)::int AS population, count(*)::int AS communes,
                     CASE WHEN bool_and(c.geometrie_source = 'OFFICIELLE') THEN 'OFFICIELLE' ELSE 'APPROXIMATIVE' END AS geometrie_source,
                     CASE WHEN count(DISTINCT c.geometrie_source_nom) = 1 THEN min(c.geometrie_source_nom)
                          ELSE 'réunion des contours de ses communes, de sources diverses' END AS geometrie_source_nom,
                     CASE WHEN count(DISTINCT c.geometrie_millesime) = 1 THEN min(c.geometrie_millesime) END AS geometrie_millesime,
                     ST_AsGeoJSON(ST_Multi(ST_Union(CASE WHEN ${sansContour} THEN NULL WHEN ${complete} THEN c.geom ELSE coalesce(c.geom_moyenne, c.geom) END)),
                                  CASE WHEN ${complete} THEN 5 ELSE 4 END) AS geometrie
              FROM territoire_lien l JOIN territoire c ON c.niveau = 'COMMUNE' AND c.code = l.code_membre
              WHERE l.niveau_parent = ${a}.niveau AND l.code_parent = ${a}.code AND l.niveau_membre = 'COMMUNE'
                AND (l.date_debut IS NULL OR l.date_debut <= ${date}) AND (l.date_fin IS NULL OR l.date_fin > ${date}))`;
}

// The day a territory's last membership ended, when it has no member today (a dissolved Pays).
export function dissousLeSql(alias: string): Sql {
  const a = raw(alias);
  return sql`(SELECT to_char(max(l.date_fin), 'YYYY-MM-DD') FROM territoire_lien l
              WHERE l.niveau_parent = ${a}.niveau AND l.code_parent = ${a}.code AND l.niveau_membre <> ${a}.niveau
              HAVING bool_and(l.date_fin IS NOT NULL AND l.date_fin <= current_date))`;
}
