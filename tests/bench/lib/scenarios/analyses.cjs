'use strict';
// Scenarios (3) the coverage of the 21 Breton Pays and (4) density over the synthetic point layer. Their SQL
// is the API's own (imported from packages/api/dist, built by the harness first), so that the raw ceiling
// and PostGraphile's function run exactly the statement our API runs: what is measured is the layers.
const path = require('node:path');

const API_DIST = path.resolve(__dirname, '../../../../packages/api/dist');
const TYPES_POLE = ['ASSOCIATION_DEVELOPPEMENT', 'ESPACE_HEBERGEMENT', 'CENTRE_MULTIFONCTION'];
const DANS_BRETAGNE = { niveau: 'REGION', code: '53' };
const RAYON_KM = 20;

function couvertureSql() {
  const { buildCouvertureSql } = require(path.join(API_DIST, 'analyses/couverture.sql.js'));
  const { buildDansClause } = require(path.join(API_DIST, 'analyses/territoire-filter.sql.js'));
  const params = ['PAYS', RAYON_KM * 1000];
  const sql = buildCouvertureSql(buildDansClause('t.niveau', 't.code', DANS_BRETAGNE, params));
  return { sql, params };
}

const COUVERTURE_COLUMNS = `niveau text, code text, nom text, population integer, population_annee integer,
  population_source text, par_type_statut jsonb, sans_position integer, asso_situee boolean, par_action jsonb,
  distances jsonb, nombre_communes integer, distance_moyenne_km double precision, part_couverte double precision, emploi jsonb`;

// What our resolver derives from a row (couverture.service.ts), for the answers of the two peers.
function fromRow(r) {
  const parAction = r.par_action ?? r.parAction;
  const parType = r.par_type_statut ?? r.parTypeStatut;
  const emploi = r.emploi;
  return {
    code: r.code,
    nom: r.nom,
    population: r.population,
    nombrePoles: parType.reduce((n, c) => n + c.nombre, 0),
    polesParTypeStatut: parType,
    associationDeveloppementActive:
      Boolean(r.asso_situee ?? r.assoSituee) || parAction.some((p) => p.type === 'ASSOCIATION_DEVELOPPEMENT' && p.statut === 'ACTIF'),
    polesCouvrants: parAction.map((p) => ({ id: p.id, nom: p.nom, relation: p.relation })),
    distancesPoleActif: TYPES_POLE.map((type) => ({ type, distanceKm: r.distances?.[type] ?? null })),
    distanceMoyennePonderee: r.distance_moyenne_km ?? r.distanceMoyenneKm ?? null,
    partPopulationCouverte: r.part_couverte ?? r.partCouverte ?? null,
    communesMesurees: r.nombre_communes ?? r.nombreCommunes ?? 0,
    emploiEss: emploi ? { annee: emploi.annee, effectifSalarie: emploi.effectif_salarie, source: { titre: emploi.source } } : null,
  };
}

const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

const ANALYSES_SCENARIOS = [
  {
    id: '3',
    titre: 'Couverture des 21 Pays bretons',
    requires: ['couverture'],
    async prepare(client) {
      const n = await client.query("SELECT count(*)::int AS n FROM territoire WHERE niveau = 'PAYS'");
      return n.rows[0].n === 0 ? { skip: 'aucun Pays' } : {};
    },
    pgSetup: () => `
      CREATE FUNCTION bench_pg.couverture(niveau_cible text, rayon_m double precision, dans_niveau text, dans_code text)
      RETURNS TABLE (${COUVERTURE_COLUMNS}) LANGUAGE sql STABLE AS $bench$ ${couvertureSql().sql} $bench$;`,
    ours: () => ({
      query: `query Couverture($dans: TerritoireRef!) {
        couverture(niveau: PAYS, dans: $dans, rayonKm: ${RAYON_KM}) {
          code nom population nombrePoles polesParTypeStatut { type statut nombre } associationDeveloppementActive
          polesCouvrants { id nom relation } distancesPoleActif { type distanceKm } distanceMoyennePonderee
          partPopulationCouverte communesMesurees emploiEss { annee effectifSalarie source { titre } }
        }
      }`,
      variables: { dans: DANS_BRETAGNE },
    }),
    postgraphile: () => ({
      query: `query Couverture($dansNiveau: String!, $dansCode: String!) {
        couverture(niveauCible: "PAYS", rayonM: ${RAYON_KM * 1000}, dansNiveau: $dansNiveau, dansCode: $dansCode) {
          nodes { code nom population parTypeStatut assoSituee parAction distances nombreCommunes distanceMoyenneKm partCouverte emploi }
        }
      }`,
      variables: { dansNiveau: DANS_BRETAGNE.niveau, dansCode: DANS_BRETAGNE.code },
    }),
    raw: () => {
      const { sql, params } = couvertureSql();
      return { sql: `SELECT json_build_object('couverture', coalesce(json_agg(to_json(c)), '[]'::json))::text FROM (${sql}) c`, params };
    },
    normalise: {
      ours: (data) => data.couverture.map((r) => ({ ...r, emploiEss: r.emploiEss ?? null })).sort(byCode),
      raw: (data) => data.couverture.map(fromRow).sort(byCode),
      postgraphile: (data) => data.couverture.nodes.map(fromRow).sort(byCode),
    },
    check: (rows) => (rows.length === 0 ? 'aucun Pays dans la réponse' : null),
  },
];

module.exports = { ANALYSES_SCENARIOS };
