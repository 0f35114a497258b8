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

// The API's listTerritoires statement (territoires/territoire.service.ts), search only: matches counted and ranked
// on the narrow territoire_recherche (trigram index), full rows for the page only.
const RECHERCHE_SQL = `
  WITH page AS (
    SELECT r.code, count(*) OVER ()::int AS total,
           row_number() OVER (ORDER BY (r.nom_recherche LIKE $2::text || '%' OR r.nom_recherche LIKE '% ' || $2::text || '%') DESC,
                              r.nom_recherche, r.code) AS rang
    FROM territoire_recherche r
    WHERE r.niveau = $1 AND (r.nom_recherche LIKE '%' || $2::text || '%' OR r.code = upper($2::text))
    ORDER BY rang
    LIMIT $3)
  SELECT json_build_object('territoires', json_build_object(
    'totalCount', coalesce(max(page.total), 0),
    'nodes', coalesce(json_agg(json_build_object('code', t.code, 'nom', t.nom, 'niveau', t.niveau, 'population', t.population) ORDER BY page.rang), '[]'::json)))::text
  FROM page JOIN territoire t ON t.niveau = $1 AND t.code = page.code`;

const rechercheNormalise = (connection) => ({
  totalCount: connection.totalCount,
  nodes: connection.nodes.map((n) => ({ code: n.code, nom: n.nom, niveau: n.niveau, population: n.population })),
});

// PostGraphile searches its view bench_pg.territoire (the wide table), as before: it has no trigram copy.
const RECHERCHE_PG_SQL = `
CREATE FUNCTION bench_pg.rechercher_territoires(niveau text, recherche text)
RETURNS SETOF bench_pg.territoire LANGUAGE sql STABLE AS $$
  SELECT t.* FROM bench_pg.territoire t
  WHERE t.niveau = rechercher_territoires.niveau
    AND (t.nom_recherche LIKE '%' || recherche || '%' OR t.code = upper(recherche))
  ORDER BY (t.nom_recherche LIKE recherche || '%' OR t.nom_recherche LIKE '% ' || recherche || '%') DESC,
           t.nom_recherche, t.code
$$;`;

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
        rechercherTerritoires(niveau: "COMMUNE", recherche: $q, first: $first) { totalCount nodes { code nom niveau population } }
      }`,
      variables: { q: RECHERCHE, first: RECHERCHE_FIRST },
    }),
    raw: () => ({ sql: RECHERCHE_SQL, params: ['COMMUNE', RECHERCHE, RECHERCHE_FIRST] }),
    normalise: {
      ours: (data) => rechercheNormalise(data.territoires),
      raw: (data) => rechercheNormalise(data.territoires),
      postgraphile: (data) => rechercheNormalise(data.rechercherTerritoires),
    },
    check: (answer) => (answer.totalCount === 0 ? `aucune commune trouvée pour « ${RECHERCHE} »` : null),
  },
];

module.exports = { TERRITOIRES_SCENARIOS };
