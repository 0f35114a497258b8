#!/usr/bin/env node
// Capacity figures of docs/plusieurs-serveurs.md, measured on the running topology (pnpm serveurs:demarrer, then
// `node tests/plusieurs-serveurs/mesurer-capacite.cjs`; RUN_DIR as for the scripts): for the dashboard's queries on
// one API instance, requests per second and per CPU second of the API process and of PostgreSQL (primary + replica
// backends); then the size on disk of one million point-layer rows (a synthetic layer, inserted then deleted).
const fs = require('node:fs');
const path = require('node:path');
const { Client } = require('pg');

const RUN_DIR = process.env.RUN_DIR || '/tmp/poles-ess-plusieurs-serveurs';
const API = process.env.API || 'http://127.0.0.1:4101';
const PRIMAIRE = 'postgres://postgres@127.0.0.1:5441/poles_ess';
const CLIENTS = Number(process.env.CLIENTS || 4);
const SECONDES = Number(process.env.SECONDES || 15);
const TICK = 100; // clock ticks per second of /proc/<pid>/stat (getconf CLK_TCK on Linux)
const readQuery = (name) => fs.readFileSync(path.join(__dirname, '../../docs/requetes', `${name}.graphql`), 'utf8');
const QUERIES = [
  '{ poles { totalCount nodes { nom type statut } } }',
  '{ chiffresEtude { indicateur perimetre valeur unite } }',
  readQuery('05-couverture-pays-bretons'),
  readQuery('02-poles-bretagne-par-type'),
];

function cpuSeconds(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICK;
}

// The postmaster and every process it forked (backends, walsender, walreceiver, startup).
function postgresCpu(cluster) {
  const postmaster = Number(fs.readFileSync(path.join(RUN_DIR, cluster, 'postmaster.pid'), 'utf8').split('\n')[0]);
  let total = cpuSeconds(postmaster);
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === postmaster) total += cpuSeconds(entry);
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

async function charge() {
  const apiPid = Number(fs.readFileSync(path.join(RUN_DIR, `api-${new URL(API).port}.pid`), 'utf8'));
  const before = { api: cpuSeconds(apiPid), primaire: postgresCpu('primaire'), replique: postgresCpu('replique') };
  let servies = 0;
  let echecs = 0;
  const fin = Date.now() + SECONDES * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, w) => {
      for (let i = w; Date.now() < fin; i += 1) {
        const r = await fetch(`${API}/graphql?query=${encodeURIComponent(QUERIES[i % QUERIES.length])}`, { headers: { 'apollo-require-preflight': 'true' } });
        const body = await r.json();
        if (r.status === 200 && !body.errors) servies += 1;
        else echecs += 1;
      }
    }),
  );
  const api = cpuSeconds(apiPid) - before.api;
  const pg = postgresCpu('primaire') - before.primaire + (postgresCpu('replique') - before.replique);
  console.log(`${CLIENTS} clients, ${SECONDES} s, 4 requêtes du tableau de bord en alternance, sur ${API} (lectures sur la réplique)`);
  console.log(`  ${servies} requêtes servies, ${echecs} échec(s) : ${(servies / SECONDES).toFixed(0)} req/s`);
  console.log(`  CPU de l'instance API : ${api.toFixed(1)} s → ${(servies / api).toFixed(0)} req/s par cœur`);
  console.log(`  CPU de PostgreSQL (primaire + réplique) : ${pg.toFixed(1)} s → ${(servies / pg).toFixed(0)} req/s par cœur`);
}

async function taillePoints() {
  const client = new Client({ connectionString: PRIMAIRE });
  await client.connect();
  try {
    const n = 1_000_000;
    const { rows } = await client.query(
      "INSERT INTO couche_points (nom, source, synthetique) VALUES ('mesure-taille', 'points synthétiques de mesure', true) RETURNING id",
    );
    const couche = rows[0].id;
    const size = async () => Number((await client.query("SELECT pg_total_relation_size('point_couche') AS s")).rows[0].s);
    const avant = await size();
    const debut = Date.now();
    // Points spread over metropolitan France's bounding box, with a category and a source, as an import stores them.
    await client.query(
      `INSERT INTO point_couche (couche_id, geom, x_l93, y_l93, categorie, poids, source)
       SELECT $1, p, ST_X(ST_Transform(p, 2154)), ST_Y(ST_Transform(p, 2154)), 'catégorie ' || (g % 20), 1, 'source de mesure'
       FROM generate_series(1, $2) g, LATERAL (SELECT ST_SetSRID(ST_MakePoint(-4.8 + random() * 13, 42.3 + random() * 8.8), 4326) AS p) pt`,
      [couche, n],
    );
    await client.query('VACUUM ANALYZE point_couche');
    const apres = await size();
    console.log(`1 000 000 lignes de couche de points : ${((apres - avant) / 1024 / 1024).toFixed(0)} Mo (table + index GiST et couche_id), insérées en ${((Date.now() - debut) / 1000).toFixed(0)} s`);
    await client.query('DELETE FROM couche_points WHERE id = $1', [couche]);
  } finally {
    await client.end();
  }
}

(async () => {
  await charge();
  if (process.env.SANS_TAILLE !== '1') await taillePoints();
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
