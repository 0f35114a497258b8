import { STATUTS_POLE, TYPES_POLE } from '@poles-ess/shared';
import { raw, sql, type Sql } from '../common/sql';
import { EMPLOI_ORDRE_FICHE, EMPLOI_SELECT } from '../emploi/emploi-select.sql';
import type { StatutPole } from '../poles/pole.enums';
import { buildDansClause, niveauSql } from '../territoires/territoire-filter.sql';
import type { NiveauTerritorial } from '../territoires/territoire.enums';
import type { TerritoireRef } from '../territoires/territoire-ref.input';
import { leastDistanceSql, STATUTS_DISTANCES_TRIEES } from './statuts-poles';

// The level is inline (niveauSql) and the statuses name columns: with no parameter that changes the plan's shape,
// PostgreSQL settles on one generic plan for a prepared statement (planned once per connection instead of on every
// request: 1.2 ms of a 6 ms statement for the 21 Breton Pays). `rayonM` is the radius in metres (a parameter).

// Population-weighted distance and population within the radius of a counted pole, per territory of the CTE `t`.
// A commune reads its row of distance_commune_pole; any other territory, its row of couverture_communes_statut when
// the default status alone is counted, else the arrays of its member communes kept beside its own distances in
// distance_territoire_pole (all refreshed on every change of poles, communes or links): no distance is measured and
// no link joined here (the 21 Breton Pays: 2.7 of the statement's 4.6 ms went to that join; the aggregate over the
// arrays, 0.6 of the next 2.9).
function communesAggCtes(statuts: readonly StatutPole[], avecPopulation: boolean, rayonM: number): Sql {
  const enCommunes = (population: string, distance: string) => sql`count(*)::int AS nombre_communes,
    sum(${raw(population)})::float8 AS population_communes,
    sum(${raw(population)} * ${raw(distance)})::float8 / NULLIF(sum(${raw(population)}) FILTER (WHERE ${raw(distance)} IS NOT NULL), 0) / 1000 AS distance_moyenne_km,
    COALESCE(sum(${raw(population)}) FILTER (WHERE ${raw(distance)} <= ${rayonM}), 0)::float8 / NULLIF(sum(${raw(population)}), 0) * 100 AS part_couverte`;
  // Only the counted statuses' arrays are unnested (a third of the aggregate's time with all four).
  const colonnes = STATUTS_POLE.filter((s) => statuts.includes(s)).map((s) => s.toLowerCase());
  const membres = `LEAST(${colonnes.map((c) => `u.${c}`).join(', ')})`;
  const avec = raw(String(avecPopulation));
  // One counted status whose distances are kept sorted (the default): the member communes' sorted distances and
  // accumulated population give the population within the radius by binary search (width_bucket counts the
  // distances up to it).
  const [seul] = statuts;
  const autresNiveaux = statuts.length === 1 && STATUTS_DISTANCES_TRIEES.includes(seul!)
    ? sql`SELECT t.niveau, t.code, c.nombre_communes, c.population::float8,
    c.distance_moyenne_m / 1000,
    COALESCE(c.population_cumulee[width_bucket(${rayonM}, c.distances_triees)], 0)::float8 / NULLIF(c.population, 0) * 100
  FROM t JOIN couverture_communes_statut c ON c.niveau = t.niveau AND c.code = t.code AND c.statut = ${raw(`'${seul}'`)} AND ${avec}`
    : sql`SELECT t.niveau, t.code, a.*
  FROM t JOIN distance_territoire_pole dt ON dt.niveau = t.niveau AND dt.code = t.code AND ${avec}
  CROSS JOIN LATERAL (
    SELECT ${enCommunes('u.population', membres)}
    FROM unnest(dt.communes_population, ${raw(colonnes.map((c) => `dt.communes_${c}`).join(', '))}) AS u(population, ${raw(colonnes.join(', '))})
  ) a`;
  // Materialized: computed once, not once per territory when the planner expects few of them.
  return sql`
communes_agg AS MATERIALIZED (
  SELECT t.niveau AS t_niveau, t.code AS t_code, ${enCommunes('d.population', leastDistanceSql('d', statuts))}
  FROM t JOIN distance_commune_pole d ON t.niveau = 'COMMUNE' AND d.code_commune = t.code AND ${avec}
  GROUP BY t.niveau, t.code
  UNION ALL
  ${autresNiveaux}
)`;
}

// The territories measured: those of one level (or of any level: null) that the clause keeps.
export interface SelectionTerritoires {
  niveau: NiveauTerritorial | null;
  clause: Sql;
}

const territoiresCte = ({ niveau, clause }: SelectionTerritoires) => sql`
t AS (
  SELECT t.niveau, t.code, t.nom, t.population, t.population_annee, t.population_source
  FROM territoire t WHERE ${niveau ? sql`t.niveau = ${niveauSql(niveau)}` : sql`true`} AND ${clause}
)`;

// Distances were measured when poles or territories last changed: distance_commune_pole for a commune (from its
// centre), distance_territoire_pole for any other territory (from its representative point).
function distancesSql(statuts: readonly StatutPole[]): Sql {
  const parType = (alias: string) => TYPES_POLE.map((type) => `'${type}', ${leastDistanceSql(alias, statuts, type)} / 1000`).join(', ');
  return raw(`CASE WHEN dc.code_commune IS NOT NULL THEN json_build_object(${parType('dc')})
    WHEN dt.code IS NOT NULL THEN json_build_object(${parType('dt')}) END`);
}

// Coverage of every territory of one level, in ONE statement (the same for 1 or 1,000 territories).
export function buildCouvertureSql(selection: SelectionTerritoires, statuts: readonly StatutPole[], rayonM: number, avecPopulation = true): Sql {
  return sql`
WITH ${territoiresCte(selection)},
situes AS (
  SELECT pt.niveau, pt.code, p.type, p.statut, count(*)::int AS nombre, count(*) FILTER (WHERE p.position IS NULL)::int AS sans_position
  FROM pole_territoire pt JOIN pole p ON p.id = pt.pole_id AND p.supprime_le IS NULL
  JOIN t ON t.niveau = pt.niveau AND t.code = pt.code
  GROUP BY 1, 2, 3, 4
),
-- Each figure below is computed per territory in one pass (materialized, then joined to t): as subqueries in the
-- select list they scanned their CTE once per territory (0.4 of the statement's 2.1 ms for the 21 Breton Pays).
situes_t AS MATERIALIZED (
  SELECT s.niveau, s.code,
    json_agg(json_build_object('type', s.type, 'statut', s.statut, 'nombre', s.nombre) ORDER BY s.type, s.statut)
      AS par_type_statut,
    sum(s.sans_position) AS sans_position,
    bool_or(s.type = 'ASSOCIATION_DEVELOPPEMENT' AND s.statut = ANY(${[...statuts]}::text[])) AS asso_situee
  FROM situes s GROUP BY s.niveau, s.code
),
-- The poles whose official territory of action is T, holds T or is held by T (couverture_action, rewritten with the
-- distances whenever poles or links change: walking the links here cost a third of the statement).
action_t AS MATERIALIZED (
  SELECT t.niveau, t.code, json_agg(json_build_object('id', p.id, 'nom', p.nom, 'type', p.type, 'statut', p.statut,
    'libelle', c.libelle, 'relation', c.relation) ORDER BY p.nom, c.relation, c.libelle) AS par_action
  FROM t JOIN couverture_action c ON c.niveau = t.niveau AND c.code = t.code
  JOIN pole p ON p.id = c.pole_id AND p.supprime_le IS NULL
  GROUP BY t.niveau, t.code
),
-- The fiche's ESS employment figure of each territory (the latest, in the fiche's order).
emploi_t AS MATERIALIZED (
  SELECT DISTINCT ON (e.niveau, e.code) e.niveau, e.code, to_json(f) AS emploi
  FROM t JOIN emploi_ess e ON e.niveau = t.niveau AND e.code = t.code CROSS JOIN LATERAL (SELECT ${EMPLOI_SELECT}) f
  ORDER BY e.niveau, e.code, ${EMPLOI_ORDRE_FICHE}
),
${communesAggCtes(statuts, avecPopulation, rayonM)}
SELECT t.niveau, t.code, t.nom, t.population, t.population_annee, t.population_source,
  COALESCE(st.par_type_statut, '[]'::json) AS par_type_statut, COALESCE(st.sans_position, 0)::int AS sans_position,
  COALESCE(st.asso_situee, false) AS asso_situee, COALESCE(act.par_action, '[]'::json) AS par_action,
  ${distancesSql(statuts)} AS distances,
  ca.nombre_communes, ca.distance_moyenne_km, ca.part_couverte, et.emploi
FROM t LEFT JOIN communes_agg ca ON ca.t_niveau = t.niveau AND ca.t_code = t.code
LEFT JOIN situes_t st ON st.niveau = t.niveau AND st.code = t.code
LEFT JOIN action_t act ON act.niveau = t.niveau AND act.code = t.code
LEFT JOIN emploi_t et ON et.niveau = t.niveau AND et.code = t.code
LEFT JOIN distance_commune_pole dc ON t.niveau = 'COMMUNE' AND dc.code_commune = t.code
LEFT JOIN distance_territoire_pole dt ON t.niveau <> 'COMMUNE' AND dt.niveau = t.niveau AND dt.code = t.code
ORDER BY t.nom, t.code`;
}

// Only the population covered, for choropleths at any level (communes of France included).
export function buildPartCouverteSql(selection: SelectionTerritoires, statuts: readonly StatutPole[], rayonM: number): Sql {
  return sql`
WITH ${territoiresCte(selection)},
${communesAggCtes(statuts, true, rayonM)}
SELECT t.code, t.nom, ca.part_couverte AS valeur, t.population_annee AS annee, t.population_source AS source
FROM t LEFT JOIN communes_agg ca ON ca.t_niveau = t.niveau AND ca.t_code = t.code
ORDER BY t.code`;
}

// The coverage statement of one level's territories within « dans »: what couverture() runs (the benchmark's peers
// run the same text). Its text depends only on the level, « dans »'s level and the statuses (a bounded set).
export function couvertureStatement(
  niveau: NiveauTerritorial, dans: TerritoireRef | null | undefined, rayonKm: number, statuts: readonly StatutPole[],
): Sql {
  return buildCouvertureSql({ niveau, clause: buildDansClause('t.niveau', 't.code', dans) }, statuts, rayonKm * 1000);
}
