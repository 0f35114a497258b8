import { STATUTS_POLE, TYPES_POLE } from '@poles-ess/shared';
import { EMPLOI_COLONNES, EMPLOI_ORDRE_FICHE } from '../emploi/emploi-ess.row';
import type { StatutPole } from '../poles/pole.enums';
import type { TerritoireRef } from '../territoires/territoire.type';
import { leastDistanceSql } from './statuts-poles';
import { buildDansClause, niveauSql } from './territoire-filter.sql';
import type { NiveauTerritorial } from './territoire-graphql';

// Parameters shared by the statements below: $1 rayon in metres, $2 the counted pole statuses (text[]); the
// territory clause adds its own parameters after them. The level is inline (niveauSql): with no parameter that
// changes the plan's shape, PostgreSQL settles on one generic plan for a prepared statement (planned once per
// connection instead of on every request: 1.2 ms of a 6 ms statement for the 21 Breton Pays).

// Population-weighted distance and population within $1 of a counted pole, per territory of the CTE `t`. A commune
// reads its row of distance_commune_pole; any other territory, the arrays of its member communes kept beside its own
// distances in distance_territoire_pole (both refreshed on every change of poles, communes or links): no distance is
// measured and no link joined here (the 21 Breton Pays: 2.7 of the statement's 4.6 ms went to that join).
function communesAggCtes(statuts: readonly StatutPole[], avecPopulation: boolean): string {
  const enCommunes = (population: string, distance: string) => `count(*)::int AS nombre_communes,
    sum(${population})::float8 AS population_communes,
    sum(${population} * ${distance})::float8 / NULLIF(sum(${population}) FILTER (WHERE ${distance} IS NOT NULL), 0) / 1000 AS distance_moyenne_km,
    COALESCE(sum(${population}) FILTER (WHERE ${distance} <= $1), 0)::float8 / NULLIF(sum(${population}), 0) * 100 AS part_couverte`;
  const statutsTous = STATUTS_POLE.map((s) => s.toLowerCase());
  const membres = `LEAST(${statuts.map((s) => `u.${s.toLowerCase()}`).join(', ')})`;
  // Materialized: computed once, not once per territory when the planner expects few of them.
  return `
communes_agg AS MATERIALIZED (
  SELECT t.niveau AS t_niveau, t.code AS t_code, a.*
  FROM t JOIN distance_territoire_pole dt ON dt.niveau = t.niveau AND dt.code = t.code AND ${avecPopulation}
  CROSS JOIN LATERAL (
    SELECT ${enCommunes('u.population', membres)}
    FROM unnest(dt.communes_population, ${statutsTous.map((s) => `dt.communes_${s}`).join(', ')}) AS u(population, ${statutsTous.join(', ')})
  ) a
  UNION ALL
  SELECT t.niveau, t.code, ${enCommunes('d.population', leastDistanceSql('d', statuts))}
  FROM t JOIN distance_commune_pole d ON t.niveau = 'COMMUNE' AND d.code_commune = t.code AND ${avecPopulation}
  GROUP BY t.niveau, t.code
)`;
}

// The territories measured: those of one level (or of any level: null) that the clause keeps.
export interface SelectionTerritoires {
  niveau: NiveauTerritorial | null;
  clause: string;
}

const territoiresCte = ({ niveau, clause }: SelectionTerritoires) => `
t AS (
  SELECT t.niveau, t.code, t.nom, t.population, t.population_annee, t.population_source
  FROM territoire t WHERE ${niveau ? `t.niveau = ${niveauSql(niveau)}` : 'true'} AND ${clause}
)`;

// Distances were measured when poles or territories last changed: distance_commune_pole for a commune (from its
// centre), distance_territoire_pole for any other territory (from its representative point).
function distancesSql(statuts: readonly StatutPole[]): string {
  const parType = (alias: string) => TYPES_POLE.map((type) => `'${type}', ${leastDistanceSql(alias, statuts, type)} / 1000`).join(', ');
  return `CASE WHEN dc.code_commune IS NOT NULL THEN jsonb_build_object(${parType('dc')})
    WHEN dt.code IS NOT NULL THEN jsonb_build_object(${parType('dt')}) END`;
}

// Coverage of every territory of one level, in ONE statement (the same for 1 or 1,000 territories).
export function buildCouvertureSql(selection: SelectionTerritoires, statuts: readonly StatutPole[], avecPopulation = true): string {
  return `
WITH ${territoiresCte(selection)},
situes AS (
  SELECT pt.niveau, pt.code, p.type, p.statut, (p.position IS NOT NULL) AS localise, count(*)::int AS nombre
  FROM pole_territoire pt JOIN pole p ON p.id = pt.pole_id AND p.supprime_le IS NULL
  JOIN t ON t.niveau = pt.niveau AND t.code = pt.code
  GROUP BY 1, 2, 3, 4, 5
),
-- A territory of action covers T when it is T, one of T's ancestors or one of T's members; free text covers nothing.
-- Three joins, each driven by its smaller side (an OR of EXISTS here cost a scan per territory × action; a plain
-- join for ENGLOBANT scanned every member of a région × each territory; OFFSET 0 keeps the lateral per territory).
-- The ancestors of the territories of action (~150 rows) are listed once: joined per territory of t, they were
-- listed again for each (the planner, expecting one territory, looped over them).
ancetres_action AS MATERIALIZED (
  SELECT a.pole_id, a.libelle, l.niveau_parent, l.code_parent FROM pole_territoire_action a CROSS JOIN LATERAL (
    SELECT l.niveau_parent, l.code_parent FROM territoire_lien l
    WHERE l.niveau_membre = a.niveau AND l.code_membre = a.code AND l.date_fin IS NULL OFFSET 0) l
),
action_liens AS MATERIALIZED (
  SELECT t.niveau AS t_niveau, t.code AS t_code, a.pole_id, a.libelle, 'TERRITOIRE' AS relation
  FROM pole_territoire_action a JOIN t ON t.niveau = a.niveau AND t.code = a.code
  UNION ALL
  SELECT t.niveau, t.code, e.pole_id, e.libelle, 'ENGLOBANT' FROM t CROSS JOIN LATERAL (
    SELECT a.pole_id, a.libelle FROM territoire_lien l JOIN pole_territoire_action a ON a.niveau = l.niveau_parent AND a.code = l.code_parent
    WHERE l.niveau_membre = t.niveau AND l.code_membre = t.code AND l.date_fin IS NULL OFFSET 0) e
  UNION ALL
  SELECT t.niveau, t.code, aa.pole_id, aa.libelle, 'MEMBRE' FROM ancetres_action aa
  JOIN t ON t.niveau = aa.niveau_parent AND t.code = aa.code_parent
),
action AS MATERIALIZED (
  SELECT x.t_niveau, x.t_code, p.id, p.nom, p.type, p.statut, x.libelle, x.relation
  FROM action_liens x JOIN pole p ON p.id = x.pole_id AND p.supprime_le IS NULL
),
${communesAggCtes(statuts, avecPopulation)}
SELECT t.niveau, t.code, t.nom, t.population, t.population_annee, t.population_source,
  COALESCE((SELECT jsonb_agg(jsonb_build_object('type', s.type, 'statut', s.statut, 'nombre', s.nombre) ORDER BY s.type, s.statut)
            FROM situes s WHERE s.niveau = t.niveau AND s.code = t.code AND s.localise), '[]') AS par_type_statut,
  COALESCE((SELECT sum(s.nombre) FROM situes s WHERE s.niveau = t.niveau AND s.code = t.code AND NOT s.localise), 0)::int AS sans_position,
  EXISTS (SELECT 1 FROM situes s WHERE s.niveau = t.niveau AND s.code = t.code
          AND s.type = 'ASSOCIATION_DEVELOPPEMENT' AND s.statut = ANY($2::text[])) AS asso_situee,
  COALESCE((SELECT jsonb_agg(jsonb_build_object('id', x.id, 'nom', x.nom, 'type', x.type, 'statut', x.statut,
              'libelle', x.libelle, 'relation', x.relation) ORDER BY x.nom)
            FROM action x WHERE x.t_niveau = t.niveau AND x.t_code = t.code), '[]') AS par_action,
  ${distancesSql(statuts)} AS distances,
  ca.nombre_communes, ca.distance_moyenne_km, ca.part_couverte,
  (SELECT to_jsonb(f) FROM (SELECT ${EMPLOI_COLONNES} FROM emploi_ess e
     WHERE e.niveau = t.niveau AND e.code = t.code ORDER BY ${EMPLOI_ORDRE_FICHE} LIMIT 1) f) AS emploi
FROM t LEFT JOIN communes_agg ca ON ca.t_niveau = t.niveau AND ca.t_code = t.code
LEFT JOIN distance_commune_pole dc ON t.niveau = 'COMMUNE' AND dc.code_commune = t.code
LEFT JOIN distance_territoire_pole dt ON t.niveau <> 'COMMUNE' AND dt.niveau = t.niveau AND dt.code = t.code
ORDER BY t.nom, t.code`;
}

// Only the population covered, for choropleths at any level (communes of France included).
export function buildPartCouverteSql(selection: SelectionTerritoires, statuts: readonly StatutPole[]): string {
  return `
WITH ${territoiresCte(selection)},
${communesAggCtes(statuts, true)}
SELECT t.code, t.nom, ca.part_couverte AS valeur, t.population_annee AS annee, t.population_source AS source
FROM t LEFT JOIN communes_agg ca ON ca.t_niveau = t.niveau AND ca.t_code = t.code
-- The statuses are inlined as column names; $2 is read here only so that the parameters keep one numbering.
WHERE cardinality($2::text[]) > 0
ORDER BY t.code`;
}

// The text depends only on the level, « dans »'s level and the statuses (at most 7 × 8 × 15 texts): built once each.
const textes = new Map<string, string>();

// The coverage statement of one level's territories within « dans », and its parameters: what couverture() runs
// (the benchmark's peers run the same text).
export function couvertureStatement(
  niveau: NiveauTerritorial, dans: TerritoireRef | null | undefined, rayonKm: number, statuts: readonly StatutPole[],
): { sql: string; params: unknown[] } {
  const params: unknown[] = [rayonKm * 1000, statuts];
  const clause = buildDansClause('t.niveau', 't.code', dans, params);
  const cle = `${niveau}|${dans?.niveau ?? ''}|${statuts.join(',')}`;
  let sql = textes.get(cle);
  if (sql === undefined) {
    sql = buildCouvertureSql({ niveau, clause }, statuts);
    textes.set(cle, sql);
  }
  return { sql, params };
}
