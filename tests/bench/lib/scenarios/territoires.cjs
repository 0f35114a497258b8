'use strict';
// Scenarios (2) choropleth layers with display geometry and (6) text search over territories.
const { sortBy } = require('./base.cjs');

// The API's carteTerritoires statement (territoires/carte-territoires.service.ts), for the raw ceiling.
function carteSql(geometry) {
  return `SELECT json_build_object('carteTerritoires', json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
            'type', 'Feature', 'id', t.code, 'geometry', ${geometry}::json,
            'properties', json_build_object('code', t.code, 'nom', t.nom, 'niveau', t.niveau,
               'geometrieSource', t.geometrie_source, 'geometrieSourceNom', t.geometrie_source_nom,
               'population', t.population)) ORDER BY t.code), '[]'::json)))::text
   FROM territoire t
   WHERE t.niveau = $1 AND t.geom IS NOT NULL
     AND ($2::text IS NULL OR EXISTS (
       SELECT 1 FROM territoire_lien l
       WHERE l.niveau_membre = t.niveau AND l.code_membre = t.code
         AND l.niveau_parent = $2 AND l.code_parent = $3 AND l.date_fin IS NULL))`;
}

const GEOMETRY = {
  BASSE: { sql: 'ST_AsGeoJSON(coalesce(t.geom_basse, t.geom_moyenne, t.geom), 4)', pgField: 'geometrieBasse' },
  MOYENNE: { sql: 'ST_AsGeoJSON(coalesce(t.geom_moyenne, t.geom), 4)', pgField: 'geometrieMoyenne' },
};

const fromFeatureCollection = (data) => {
  const fc = typeof data.carteTerritoires === 'string' ? JSON.parse(data.carteTerritoires) : data.carteTerritoires;
  return fc.features
    .map((f) => ({ ...f.properties, geometry: f.geometry }))
    .sort(sortBy('code'));
};

function carteScenario({ id, titre, niveau, dans, precision, autreTaille }) {
  const pgField = GEOMETRY[precision].pgField;
  return {
    id,
    titre,
    requires: ['carteTerritoires'],
    formePostgraphile: 'fonction SQL (même filtre « dans »)',
    async prepare(client) {
      const n = await client.query("SELECT count(*)::int AS n FROM territoire WHERE niveau = $1 AND geom IS NOT NULL", [niveau]);
      return n.rows[0].n === 0 ? { skip: `aucun territoire ${niveau} avec géométrie` } : {};
    },
    ours: () => ({
      query: `query Carte($niveau: NiveauTerritorial!, $dans: TerritoireRef) {
        carteTerritoires(niveau: $niveau, dans: $dans, precision: ${precision})
      }`,
      variables: { niveau, dans },
    }),
    autreTaille: (spec) => ({ ...spec, variables: { ...spec.variables, ...autreTaille } }),
    postgraphile: () => ({
      query: `query Carte($niveau: String!, $dansNiveau: String, $dansCode: String) {
        carteTerritoires(niveau: $niveau, dansNiveau: $dansNiveau, dansCode: $dansCode) {
          nodes { code nom niveau geometrieSource geometrieSourceNom population ${pgField} }
        }
      }`,
      variables: { niveau, dansNiveau: dans?.niveau ?? null, dansCode: dans?.code ?? null },
    }),
    raw: () => ({ sql: carteSql(GEOMETRY[precision].sql), params: [niveau, dans?.niveau ?? null, dans?.code ?? null] }),
    normalise: {
      ours: fromFeatureCollection,
      raw: fromFeatureCollection,
      postgraphile: (data) =>
        data.carteTerritoires.nodes
          .map(({ [pgField]: geometry, ...properties }) => ({ ...properties, geometry }))
          .sort(sortBy('code')),
    },
    check: (features) => (features.length === 0 ? 'carte vide' : null),
  };
}

const RECHERCHE = 'saint';
const RECHERCHE_FIRST = 20;

// The API's search statement (territoires/territoire.service.ts, RECHERCHE_SQL): matches counted and ranked on the
// narrow territoire_recherche (trigram index), top-N by LIMIT, full rows read for the page only. Written over its
// inputs: the API's parameters ($1 niveau, $2 $3 « dans », $4 the normalised search, $5 the typed text for a code, $6
// limit, $7 offset), or a function's arguments.
function rechercheStatement({ niveau, dansNiveau, dansCode, recherche, saisie, limit, offset }) {
  const commence = (alias) => `(${alias}.nom_recherche LIKE ${recherche} || '%' OR ${alias}.nom_recherche LIKE '% ' || ${recherche} || '%')`;
  return `WITH page AS (
       SELECT r.code, count(*) OVER ()::int AS total
       FROM territoire_recherche r
       WHERE r.niveau = ${niveau} AND (${dansNiveau}::text IS NULL OR EXISTS (
           SELECT 1 FROM territoire_lien l
           WHERE l.niveau_membre = r.niveau AND l.code_membre = r.code
             AND l.niveau_parent = ${dansNiveau} AND l.code_parent = ${dansCode} AND l.date_fin IS NULL))
         AND (r.nom_recherche LIKE '%' || ${recherche} || '%' OR r.code = upper(${saisie}))
       ORDER BY ${commence('r')} DESC, r.nom_recherche, r.code
       LIMIT ${limit} OFFSET ${offset})
     SELECT t.niveau, t.code, t.nom, t.population, t.population_annee, t.population_source, t.superficie_km2,
            t.geometrie_source, t.geometrie_source_nom, page.total
     FROM page JOIN territoire t ON t.niveau = ${niveau} AND t.code = page.code
     ORDER BY ${commence('t')} DESC, t.nom_recherche, t.code`;
}
const RECHERCHE_API_SQL = rechercheStatement({
  niveau: '$1', dansNiveau: '$2', dansCode: '$3', recherche: '$4::text', saisie: '$5::text', limit: '$6', offset: '$7',
});

// The raw peer: that statement, its rows (in its order) turned into the JSON answer.
const RECHERCHE_RAW_SQL = `
  SELECT json_build_object('territoires', json_build_object(
    'totalCount', coalesce(max(s.total), 0),
    'nodes', coalesce(json_agg(json_build_object('code', s.code, 'nom', s.nom, 'niveau', s.niveau, 'population', s.population)), '[]'::json)))::text
  FROM (${RECHERCHE_API_SQL}) s`;

const rechercheNormalise = (connection) => ({
  totalCount: connection.totalCount,
  nodes: connection.nodes.map((n) => ({ code: n.code, nom: n.nom, niveau: n.niveau, population: n.population })),
});

// PostGraphile gets the same statement as an SQL function (inlined by PostgreSQL): same narrow table, same trigram
// index, same top-N; the count comes with each row, as in the API's statement.
const RECHERCHE_PG_SQL = `
CREATE FUNCTION bench_pg.rechercher_territoires(niveau_cherche text, recherche text, premier integer)
RETURNS TABLE (niveau text, code text, nom text, population integer, population_annee integer, population_source text,
               superficie_km2 double precision, geometrie_source text, geometrie_source_nom text, total integer)
LANGUAGE sql STABLE AS $bench$
${rechercheStatement({ niveau: 'niveau_cherche', dansNiveau: 'NULL', dansCode: 'NULL', recherche: 'recherche', saisie: 'recherche', limit: 'premier', offset: '0' })}
$bench$;`;

const TERRITOIRES_SCENARIOS = [
  carteScenario({ id: '2a', titre: 'Choroplèthe des départements (géométrie basse)', niveau: 'DEPARTEMENT', dans: null, precision: 'BASSE', autreTaille: { niveau: 'REGION' } }),
  carteScenario({
    id: '2b',
    titre: 'Choroplèthe des communes de Bretagne (géométrie moyenne)',
    niveau: 'COMMUNE',
    dans: { niveau: 'REGION', code: '53' },
    precision: 'MOYENNE',
    autreTaille: { dans: { niveau: 'DEPARTEMENT', code: '29' } },
  }),
  {
    id: '6',
    titre: `Recherche « ${RECHERCHE} » dans les communes (${RECHERCHE_FIRST} premières)`,
    requires: ['territoires'],
    formePostgraphile: 'notre SQL en fonction',
    pgSetup: () => RECHERCHE_PG_SQL,
    ours: () => ({
      query: `query Recherche($q: String!, $first: Int!) {
        territoires(niveau: COMMUNE, recherche: $q, first: $first) { totalCount nodes { code nom niveau population } }
      }`,
      variables: { q: RECHERCHE, first: RECHERCHE_FIRST },
    }),
    autreTaille: (spec) => ({ ...spec, variables: { ...spec.variables, first: 100 } }),
    postgraphile: () => ({
      query: `query Recherche($q: String!, $first: Int!) {
        rechercherTerritoires(niveauCherche: "COMMUNE", recherche: $q, premier: $first) { nodes { code nom niveau population total } }
      }`,
      variables: { q: RECHERCHE, first: RECHERCHE_FIRST },
    }),
    // The search is already normalised (lower case, no accent): the API passes it as is, and as typed for a code.
    raw: () => ({ sql: RECHERCHE_RAW_SQL, params: ['COMMUNE', null, null, RECHERCHE, RECHERCHE, RECHERCHE_FIRST, 0] }),
    normalise: {
      ours: (data) => rechercheNormalise(data.territoires),
      raw: (data) => rechercheNormalise(data.territoires),
      postgraphile: (data) => {
        const { nodes } = data.rechercherTerritoires;
        return rechercheNormalise({ totalCount: nodes[0]?.total ?? 0, nodes });
      },
    },
    check: (answer) => (answer.totalCount === 0 ? `aucune commune trouvée pour « ${RECHERCHE} »` : null),
  },
];

module.exports = { TERRITOIRES_SCENARIOS };
