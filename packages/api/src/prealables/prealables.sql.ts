import { sql, type Sql } from '../common/sql';

// The development associations situated in each territory of `t` (pole_territoire) or whose official territory of
// action is it or holds it (couverture_action, refreshed after every write on poles), of any status, and the
// recorded assessment of the local authorities' support: one statement for any number of territories.
export function buildPrealablesSql(territoires: Sql): Sql {
  return sql`
WITH t AS (${territoires}),
liens AS (
  SELECT t.niveau, t.code, pt.pole_id, 'SITUEE' AS relation
  FROM t JOIN pole_territoire pt ON pt.niveau = t.niveau AND pt.code = t.code
  UNION
  SELECT t.niveau, t.code, c.pole_id, c.relation
  FROM t JOIN couverture_action c ON c.niveau = t.niveau AND c.code = t.code AND c.relation IN ('TERRITOIRE', 'ENGLOBANT')
),
associations AS (
  SELECT l.niveau, l.code, json_agg(json_build_object('id', p.id, 'nom', p.nom, 'statut', p.statut, 'relations', l.relations)
    ORDER BY p.nom, p.id) AS associations
  FROM (SELECT niveau, code, pole_id, array_agg(relation ORDER BY relation DESC) AS relations FROM liens GROUP BY 1, 2, 3) l
  JOIN pole p ON p.id = l.pole_id AND p.supprime_le IS NULL AND p.type = 'ASSOCIATION_DEVELOPPEMENT'
  GROUP BY l.niveau, l.code
)
SELECT t.niveau, t.code, t.nom, t.population, t.population_annee AS "populationAnnee", t.population_source AS "populationSource",
  COALESCE(a.associations, '[]'::json) AS associations,
  CASE WHEN e.niveau IS NULL THEN NULL ELSE json_build_object('niveau', e.niveau, 'code', e.code, 'valeur', e.valeur, 'texte', e.texte,
    'source', e.source, 'dateEvaluation', to_char(e.date_evaluation, 'YYYY-MM-DD'), 'auteur', e.auteur, 'version', e.version,
    'modifieLe', e.modifie_le) END AS evaluation
FROM t LEFT JOIN associations a ON a.niveau = t.niveau AND a.code = t.code
LEFT JOIN evaluation_soutien e ON e.niveau = t.niveau AND e.code = t.code
ORDER BY t.nom, t.code`;
}
