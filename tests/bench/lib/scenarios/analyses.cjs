'use strict';
// Scenarios (3) the coverage of the 21 Breton Pays and (4) density over the synthetic point layer. Their SQL
// is the API's own (imported from packages/api/dist, built by the harness first), so that the raw ceiling
// and PostGraphile's function run exactly the statement our API runs: what is measured is the layers.
const path = require('node:path');

const API_DIST = path.resolve(__dirname, '../../../../packages/api/dist');
const TYPES_POLE = ['ASSOCIATION_DEVELOPPEMENT', 'ESPACE_HEBERGEMENT', 'CENTRE_MULTIFONCTION'];
const DANS_BRETAGNE = { niveau: 'REGION', code: '53' };
const RAYON_KM = 20;

// The statuses counted by default (active poles), as the API normalises them. The statement names the level and
// « dans »'s level inline; its parameters (each value where it is used) are the radius in metres, the statuses and
// « dans »'s code.
function couvertureSql() {
  const { couvertureStatement } = require(path.join(API_DIST, 'couverture/couverture.sql.js'));
  const { normalizeStatuts } = require(path.join(API_DIST, 'couverture/statuts-poles.js'));
  const statement = couvertureStatement('PAYS', DANS_BRETAGNE, RAYON_KM, normalizeStatuts(null));
  return { sql: statement.text, params: statement.values };
}

// The function PostGraphile runs takes the three values as arguments: each parameter of the API's statement
// becomes the argument holding its value ($1 rayon_m, $2 statuts, $3 dans_code); null when one has another value.
const COUVERTURE_ARGUMENTS = [RAYON_KM * 1000, JSON.stringify(['ACTIF']), DANS_BRETAGNE.code];
function couvertureFunctionBody() {
  const { sql, params } = couvertureSql();
  const argument = params.map((v) => 1 + COUVERTURE_ARGUMENTS.indexOf(Array.isArray(v) ? JSON.stringify(v) : v));
  if (argument.includes(0)) return null;
  return sql.replace(/\$(\d+)/g, (_m, k) => `$${argument[Number(k) - 1]}`);
}

const COUVERTURE_COLUMNS = `niveau text, code text, nom text, population integer, population_annee integer,
  population_source text, par_type_statut json, sans_position integer, asso_situee boolean, par_action json,
  distances json, nombre_communes integer, distance_moyenne_km double precision, part_couverte double precision, emploi json`;

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
    emploiEss: emploi ? { annee: emploi.annee, effectifSalarie: emploi.effectifSalarie, source: { titre: emploi.sourceTitre } } : null,
  };
}

const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

// Scenario 4: the API's read of its pre-aggregated cells (grille_cache, with each cell's centre, filled by the API
// on the first request for a layer, grid and size: our probe runs first, so the three peers read the same cells).
const DENSITE_TAILLE_KM = 10;
function densiteSql() {
  return `SELECT i || ':' || j AS cle, lon, lat, nombre, poids
    FROM grille_cache WHERE couche = $2 AND grille = $3 AND taille_m = $1::float8
    ORDER BY i, j`;
}
const densiteParams = (context) => [DENSITE_TAILLE_KM * 1000, `points:${context.coucheId}`, 'HEXAGONE'];
const densiteNormalise = (cellules) => {
  const list = cellules.map((c) => ({ cle: c.cle, lon: c.lon, lat: c.lat, nombre: c.nombre, poids: c.poids }));
  return {
    totalNombre: list.reduce((n, c) => n + c.nombre, 0),
    totalPoids: list.reduce((n, c) => n + c.poids, 0),
    cellules: list,
  };
};

const ANALYSES_SCENARIOS = [
  {
    id: '4',
    titre: `Densité : hexagones de ${DENSITE_TAILLE_KM} km sur la couche synthétique`,
    requires: ['densite'],
    formePostgraphile: 'notre SQL en fonction',
    async prepare(client, context) {
      const r = await client.query(
        'SELECT c.id, (SELECT count(*)::int FROM point_couche p WHERE p.couche_id = c.id) AS n FROM couche_points c WHERE c.nom = $1',
        [context.couche],
      );
      if (r.rowCount === 0 || r.rows[0].n === 0) return { skip: 'couche synthétique vide (aucune commune localisée et peuplée)' };
      return { coucheId: r.rows[0].id, couchePoints: r.rows[0].n };
    },
    pgSetup: () => `
      CREATE FUNCTION bench_pg.densite_cellules(taille_m double precision, couche text, grille text)
      RETURNS TABLE (cle text, lon double precision, lat double precision, nombre integer, poids double precision)
      LANGUAGE sql STABLE AS $bench$ ${densiteSql()} $bench$;`,
    ours: (context) => ({
      query: `query Densite($couche: String!) {
        densite(couche: POINTS, nomCouche: $couche, grille: HEXAGONE, taille: ${DENSITE_TAILLE_KM}) {
          totalNombre totalPoids couche { synthetique } cellules { cle lon lat nombre poids }
        }
      }`,
      variables: { couche: context.couche },
    }),
    // Hexagons of twice the size: a quarter as many cells.
    autreTaille: (spec) => ({ ...spec, query: spec.query.replace(`taille: ${DENSITE_TAILLE_KM}`, `taille: ${2 * DENSITE_TAILLE_KM}`) }),
    postgraphile: (context) => ({
      query: `query Densite($couche: String!) {
        densiteCellules(tailleM: ${DENSITE_TAILLE_KM * 1000}, couche: $couche, grille: "HEXAGONE") { nodes { cle lon lat nombre poids } }
      }`,
      variables: { couche: `points:${context.coucheId}` },
    }),
    raw: (context) => ({
      sql: `SELECT json_build_object('densite', json_build_object('cellules', coalesce(json_agg(to_json(d)), '[]'::json)))::text FROM (${densiteSql()}) d`,
      params: densiteParams(context),
    }),
    normalise: {
      ours: (data) => {
        const n = densiteNormalise(data.densite.cellules);
        if (n.totalNombre !== data.densite.totalNombre) throw new Error('densite : totalNombre ≠ somme des cellules');
        return n;
      },
      raw: (data) => densiteNormalise(data.densite.cellules),
      postgraphile: (data) => densiteNormalise(data.densiteCellules.nodes),
    },
    // The API may leave some points out (e.g. outside the grid's extent): only an empty or impossible answer fails.
    check: (answer, context) =>
      answer.totalNombre > 0 && answer.totalNombre <= context.couchePoints
        ? null
        : `densité : ${answer.totalNombre} points dans les cellules, ${context.couchePoints} dans la couche`,
  },
  {
    id: '3',
    titre: 'Couverture des 21 Pays bretons',
    requires: ['couverture'],
    formePostgraphile: 'notre SQL en fonction',
    async prepare(client) {
      // The peers run the API's own statement: when its builder changes shape, this scenario must be updated
      // with it (said, not hidden); the other scenarios still run.
      const { couvertureStatement } = require(path.join(API_DIST, 'couverture/couverture.sql.js'));
      if (typeof couvertureStatement !== 'function' || couvertureFunctionBody() === null) {
        return { skip: "la requête SQL de couverture de l'API a changé de signature : scénario 3 à mettre à jour (tests/bench/lib/scenarios/analyses.cjs)" };
      }
      const n = await client.query("SELECT count(*)::int AS n FROM territoire WHERE niveau = 'PAYS'");
      return n.rows[0].n === 0 ? { skip: 'aucun Pays' } : {};
    },
    pgSetup: () => `
      CREATE FUNCTION bench_pg.couverture_pays_dans_region(rayon_m double precision, statuts text[], dans_code text)
      RETURNS TABLE (${COUVERTURE_COLUMNS}) LANGUAGE sql STABLE AS $bench$ ${couvertureFunctionBody()} $bench$;`,
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
    // The EPCI of Bretagne instead of its Pays.
    autreTaille: (spec) => ({ ...spec, query: spec.query.replace('niveau: PAYS', 'niveau: EPCI') }),
    postgraphile: () => ({
      query: `query Couverture($dansCode: String!) {
        couverturePaysDansRegion(rayonM: ${RAYON_KM * 1000}, statuts: ["ACTIF"], dansCode: $dansCode) {
          nodes { code nom population parTypeStatut assoSituee parAction distances nombreCommunes distanceMoyenneKm partCouverte emploi }
        }
      }`,
      variables: { dansCode: DANS_BRETAGNE.code },
    }),
    raw: () => {
      const { sql, params } = couvertureSql();
      return { sql: `SELECT json_build_object('couverture', coalesce(json_agg(to_json(c)), '[]'::json))::text FROM (${sql}) c`, params };
    },
    normalise: {
      ours: (data) => data.couverture.map((r) => ({ ...r, emploiEss: r.emploiEss ?? null })).sort(byCode),
      raw: (data) => data.couverture.map(fromRow).sort(byCode),
      postgraphile: (data) => data.couverturePaysDansRegion.nodes.map(fromRow).sort(byCode),
    },
    check: (rows) => (rows.length === 0 ? 'aucun Pays dans la réponse' : null),
  },
];

module.exports = { ANALYSES_SCENARIOS };
