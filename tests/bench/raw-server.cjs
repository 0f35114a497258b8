'use strict';
// The raw-SQL ceiling of issue 7: each scenario as one SQL statement returning the JSON (prepared by name; the
// API's own statement where the scenario says so), through the same `pg` pool as the other peers, served over HTTP
// so that it is measured like the two GraphQL servers. GET /s/<scenario> → {"data": …}. Prints « READY <port> ».
const http = require('node:http');
const { Pool } = require('pg');
const { SCENARIOS } = require('./lib/scenarios.cjs');
const { poolOptions } = require('./lib/pool-options.cjs');

const connectionString = process.env.DATABASE_URL;
const poolSize = Number(process.env.POOL_SIZE);
if (!connectionString) throw new Error('DATABASE_URL manquant');
if (!Number.isInteger(poolSize) || poolSize < 1) throw new Error('POOL_SIZE manquant');
const pool = new Pool(poolOptions(connectionString, poolSize));
const context = JSON.parse(process.env.BENCH_CONTEXT ?? '{}');
let statements = 0;

// Only the scenarios the harness runs (a skipped one may not be able to build its SQL).
const wanted = new Set((process.env.BENCH_SCENARIOS ?? '').split(',').filter(Boolean));
const byId = new Map(SCENARIOS.filter((s) => s.raw && wanted.has(s.id)).map((s) => [s.id, s.raw(context)]));

const server = http.createServer((req, res) => {
  if (req.url === '/_bench/statements') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ statements }));
    return;
  }
  const match = /^\/s\/([a-z0-9-]+)$/.exec(req.url ?? '');
  const raw = match && byId.get(match[1]);
  if (!raw) {
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end('{"errors":[{"message":"scénario inconnu"}]}');
    return;
  }
  statements += 1;
  pool
    .query({ name: match[1], text: raw.sql, values: raw.params ?? [], rowMode: 'array' })
    .then((result) => {
      const json = result.rows[0]?.[0] ?? 'null';
      const body = `{"data":${json}}`;
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    })
    .catch((error) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: error.message }] }));
    });
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(`READY ${typeof address === 'object' && address ? address.port : ''}`);
});

const stop = () => {
  server.closeAllConnections();
  server.close();
  pool.end().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
