'use strict';
// Deterministic synthetic « établissements » for the density scenario: points spread over the communes in
// proportion to their population, each with a family and a head count. Loaded only into the benchmark
// database, in a layer marked synthetique = true: never real data, never shown as such.
const { withClient } = require('./database.cjs');

const COUCHE_NOM = 'bench-etablissements-synthetiques';
// Generator parameters, not statistics: they only give the layer some variety.
const FAMILLES = [
  ['ASSOCIATION', 0.7],
  ['COOPERATIVE', 0.15],
  ['MUTUELLE', 0.1],
  ['FONDATION', 0.05],
];
const BATCH = 25_000;

// mulberry32: small, fast, seeded; the same seed gives the same layer on every machine.
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pickFamille(u) {
  let acc = 0;
  for (const [famille, part] of FAMILLES) {
    acc += part;
    if (u < acc) return famille;
  }
  return FAMILLES[FAMILLES.length - 1][0];
}

async function loadSyntheticLayer(url, { scale, seed }, log) {
  return withClient(url, async (client) => {
    const source = `Générateur déterministe du banc d'essai (tests/bench), graine ${seed}, ${scale} points : données SYNTHÉTIQUES`;
    const existing = await client.query('SELECT id, source FROM couche_points WHERE nom = $1', [COUCHE_NOM]);
    if (existing.rowCount > 0 && existing.rows[0].source === source) {
      const n = await client.query('SELECT count(*)::int AS n FROM point_couche WHERE couche_id = $1', [
        existing.rows[0].id,
      ]);
      if (n.rows[0].n === scale) return { couche: COUCHE_NOM, points: scale, reused: true };
    }
    const communes = (
      await client.query(`
        SELECT code, population, ST_X(centre) AS lon, ST_Y(centre) AS lat, superficie_km2
        FROM territoire
        WHERE niveau = 'COMMUNE' AND population > 0 AND centre IS NOT NULL
        ORDER BY code`)
    ).rows;
    if (communes.length === 0) return { couche: COUCHE_NOM, points: 0, reused: false, raison: 'aucune commune peuplée' };

    const cumulative = new Float64Array(communes.length);
    let total = 0;
    communes.forEach((c, i) => {
      total += Number(c.population);
      cumulative[i] = total;
    });
    const random = mulberry32(seed);
    const started = Date.now();
    await client.query('BEGIN');
    try {
      // The API caches grid cells per layer id (« points:<id> »): the old layer's cells go with it.
      await client.query(
        "DELETE FROM grille_cache WHERE couche IN (SELECT 'points:' || id FROM couche_points WHERE nom = $1)",
        [COUCHE_NOM],
      );
      await client.query('DELETE FROM couche_points WHERE nom = $1', [COUCHE_NOM]);
      const couche = await client.query(
        'INSERT INTO couche_points (nom, source, synthetique) VALUES ($1, $2, true) RETURNING id',
        [COUCHE_NOM, source],
      );
      const coucheId = couche.rows[0].id;
      for (let offset = 0; offset < scale; offset += BATCH) {
        const size = Math.min(BATCH, scale - offset);
        const lons = new Array(size);
        const lats = new Array(size);
        const familles = new Array(size);
        const effectifs = new Array(size);
        for (let k = 0; k < size; k += 1) {
          const target = random() * total;
          let lo = 0;
          let hi = cumulative.length - 1;
          while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (cumulative[mid] <= target) lo = mid + 1;
            else hi = mid;
          }
          const c = communes[lo];
          // Within the radius of a disc of the commune's area around its representative point.
          const radiusKm = Math.sqrt((Number(c.superficie_km2) || 10) / Math.PI);
          const distance = Math.sqrt(random()) * radiusKm;
          const angle = random() * 2 * Math.PI;
          const lat = Number(c.lat) + (distance * Math.sin(angle)) / 111.32;
          const lon = Number(c.lon) + (distance * Math.cos(angle)) / (111.32 * Math.cos((Number(c.lat) * Math.PI) / 180));
          lons[k] = Math.round(lon * 1e6) / 1e6;
          lats[k] = Math.round(lat * 1e6) / 1e6;
          familles[k] = pickFamille(random());
          effectifs[k] = 1 + Math.floor(-Math.log(1 - random()) * 8);
        }
        await client.query(
          `INSERT INTO point_couche (couche_id, geom, x_l93, y_l93, categorie, poids, source)
           SELECT $1, g, ST_X(l), ST_Y(l), f, e, 'synthétique'
           FROM (
             SELECT ST_SetSRID(ST_MakePoint(x, y), 4326) AS g, ST_Transform(ST_SetSRID(ST_MakePoint(x, y), 4326), 2154) AS l, f, e
             FROM unnest($2::float8[], $3::float8[], $4::text[], $5::float8[]) AS t(x, y, f, e)
           ) s`,
          [coucheId, lons, lats, familles, effectifs],
        );
        if ((offset / BATCH) % 8 === 7) log(`  ${offset + size} points…`);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
    await client.query('ANALYZE point_couche');
    log(`  couche synthétique : ${scale} points en ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { couche: COUCHE_NOM, points: scale, reused: false };
  });
}

module.exports = { loadSyntheticLayer, COUCHE_NOM, mulberry32 };
