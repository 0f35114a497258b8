import { EMPLOI_COLONNES, EMPLOI_ORDRE_FICHE } from '../emploi/emploi-ess.row';

// Coverage of every territory of one level, in ONE statement (the same for 1 or 1,000 territories).
// $1 niveau (null: any, the clause chooses), $2 rayon in metres; the clause adds its own parameters.
export function buildCouvertureSql(dansClause: string, avecPopulation = true): string {
  return `
WITH t AS (
  SELECT t.niveau, t.code, t.nom, t.population, t.population_annee, t.population_source,
         COALESCE(t.centre, ST_PointOnSurface(t.geom)) AS point
  FROM territoire t WHERE ($1::text IS NULL OR t.niveau = $1) AND ${dansClause}
),
actifs AS MATERIALIZED (
  SELECT p.id, p.type, p.position::geography AS g FROM pole p
  WHERE p.supprime_le IS NULL AND p.statut = 'ACTIF' AND p.position IS NOT NULL
),
situes AS (
  SELECT pt.niveau, pt.code, p.type, p.statut, (p.position IS NOT NULL) AS localise, count(*)::int AS nombre
  FROM pole_territoire pt JOIN pole p ON p.id = pt.pole_id AND p.supprime_le IS NULL
  JOIN t ON t.niveau = pt.niveau AND t.code = pt.code
  GROUP BY 1, 2, 3, 4, 5
),
-- A territory of action covers T when it is T, one of T's ancestors or one of T's members; free text covers nothing.
action AS (
  SELECT t.niveau AS t_niveau, t.code AS t_code, p.id, p.nom, p.type, p.statut, a.libelle,
    CASE WHEN a.niveau = t.niveau AND a.code = t.code THEN 'TERRITOIRE'
         WHEN EXISTS (SELECT 1 FROM territoire_lien l WHERE l.niveau_membre = t.niveau AND l.code_membre = t.code
                        AND l.niveau_parent = a.niveau AND l.code_parent = a.code AND l.date_fin IS NULL) THEN 'ENGLOBANT'
         ELSE 'MEMBRE' END AS relation
  FROM t JOIN pole_territoire_action a ON a.niveau IS NOT NULL
  JOIN pole p ON p.id = a.pole_id AND p.supprime_le IS NULL
  WHERE (a.niveau = t.niveau AND a.code = t.code)
     OR EXISTS (SELECT 1 FROM territoire_lien l WHERE l.date_fin IS NULL AND (
          (l.niveau_membre = t.niveau AND l.code_membre = t.code AND l.niveau_parent = a.niveau AND l.code_parent = a.code)
       OR (l.niveau_membre = a.niveau AND l.code_membre = a.code AND l.niveau_parent = t.niveau AND l.code_parent = t.code)))
),
communes_t AS (
  SELECT t.niveau AS t_niveau, t.code AS t_code, l.code_membre AS code
  FROM t JOIN territoire_lien l ON l.niveau_parent = t.niveau AND l.code_parent = t.code
   AND l.niveau_membre = 'COMMUNE' AND l.date_fin IS NULL AND ${avecPopulation}
  UNION
  SELECT t.niveau, t.code, t.code FROM t WHERE t.niveau = 'COMMUNE' AND ${avecPopulation}
),
communes AS (
  SELECT ct.t_niveau, ct.t_code, c.population,
    -- Geodesic distance on the sphere (within 0.5 % of the ellipsoid), to the few active poles materialised once.
    (SELECT min(ST_Distance(a.g, cg.g, false)) FROM actifs a) AS distance_m
  FROM communes_t ct JOIN territoire c ON c.niveau = 'COMMUNE' AND c.code = ct.code
  CROSS JOIN LATERAL (SELECT c.centre::geography AS g) cg
  WHERE c.centre IS NOT NULL AND c.population IS NOT NULL
),
communes_agg AS (
  SELECT t_niveau, t_code, count(*)::int AS nombre_communes, sum(population)::float8 AS population_communes,
    sum(population * distance_m)::float8 / NULLIF(sum(population) FILTER (WHERE distance_m IS NOT NULL), 0) / 1000 AS distance_moyenne_km,
    COALESCE(sum(population) FILTER (WHERE distance_m <= $2), 0)::float8 / NULLIF(sum(population), 0) * 100 AS part_couverte
  FROM communes GROUP BY 1, 2
)
SELECT t.niveau, t.code, t.nom, t.population, t.population_annee, t.population_source,
  COALESCE((SELECT jsonb_agg(jsonb_build_object('type', s.type, 'statut', s.statut, 'nombre', s.nombre) ORDER BY s.type, s.statut)
            FROM situes s WHERE s.niveau = t.niveau AND s.code = t.code AND s.localise), '[]') AS par_type_statut,
  COALESCE((SELECT sum(s.nombre) FROM situes s WHERE s.niveau = t.niveau AND s.code = t.code AND NOT s.localise), 0)::int AS sans_position,
  EXISTS (SELECT 1 FROM situes s WHERE s.niveau = t.niveau AND s.code = t.code
          AND s.type = 'ASSOCIATION_DEVELOPPEMENT' AND s.statut = 'ACTIF') AS asso_situee,
  COALESCE((SELECT jsonb_agg(jsonb_build_object('id', x.id, 'nom', x.nom, 'type', x.type, 'statut', x.statut,
              'libelle', x.libelle, 'relation', x.relation) ORDER BY x.nom)
            FROM action x WHERE x.t_niveau = t.niveau AND x.t_code = t.code), '[]') AS par_action,
  (SELECT jsonb_object_agg(d.type, d.km) FROM (
     SELECT a.type, min(ST_Distance(a.g, t.point::geography)) / 1000 AS km FROM actifs a WHERE t.point IS NOT NULL GROUP BY a.type
   ) d) AS distances,
  ca.nombre_communes, ca.distance_moyenne_km, ca.part_couverte,
  (SELECT to_jsonb(f) FROM (SELECT ${EMPLOI_COLONNES} FROM emploi_ess e
     WHERE e.niveau = t.niveau AND e.code = t.code ORDER BY ${EMPLOI_ORDRE_FICHE} LIMIT 1) f) AS emploi
FROM t LEFT JOIN communes_agg ca ON ca.t_niveau = t.niveau AND ca.t_code = t.code
ORDER BY t.nom, t.code`;
}
