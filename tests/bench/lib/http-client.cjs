'use strict';
// One request to a peer (no compression asked, like autocannon), with its body and byte counts.
const http = require('node:http');
const zlib = require('node:zlib');

function request({ port, method, path, body, headers }) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method, path, headers: { ...headers }, timeout: 120_000 },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const buffer = Buffer.concat(chunks);
          resolve({ status: res.statusCode, text: buffer.toString('utf8'), bytes: buffer.length });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`délai dépassé : ${method} ${path}`)));
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

// The HTTP request each peer receives for a scenario (also what autocannon replays).
function requestFor(target, scenario, context) {
  if (target === 'raw') return { method: 'GET', path: `/s/${scenario.id}`, headers: {} };
  const spec = target === 'ours' || target === 'oursCache' ? scenario.ours(context) : scenario.postgraphile(context);
  return {
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: spec.query, variables: spec.variables ?? {} }),
  };
}

// A GraphQL request to our API: its answer parsed (null when not JSON), HTTP status and duration.
async function graphql(port, query, variables = {}, headers = {}) {
  const started = performance.now();
  const res = await request({
    port,
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  let json = null;
  try {
    json = JSON.parse(res.text);
  } catch {
    // reported by the caller from the status and text
  }
  return { status: res.status, json, text: res.text, bytes: res.bytes, ms: performance.now() - started };
}

async function statementsOf(port) {
  const res = await request({ port, method: 'GET', path: '/_bench/statements' });
  return JSON.parse(res.text).statements;
}

// Fetches the answer once, with its size raw and gzip and its SQL statement count (`json` and `text` are for the
// comparisons, not for the results).
async function probe(target, port, scenario, context) {
  const spec = requestFor(target, scenario, context);
  const ourApi = target === 'ours' || target === 'oursCache';
  const before = ourApi ? 0 : await statementsOf(port);
  const started = Date.now();
  const res = await request({ port, ...spec });
  const ms = Date.now() - started;
  const after = ourApi ? 0 : await statementsOf(port);
  let json;
  try {
    json = JSON.parse(res.text);
  } catch {
    throw new Error(`${target} / ${scenario.id} : réponse non JSON (HTTP ${res.status}) : ${res.text.slice(0, 300)}`);
  }
  if (res.status !== 200 || json.errors) {
    throw new Error(`${target} / ${scenario.id} : HTTP ${res.status} ${JSON.stringify(json.errors ?? json).slice(0, 600)}`);
  }
  // Our API's statements per request in steady state: those of a second identical request (the first one may
  // fill a cache, e.g. the density cells).
  const again = ourApi ? JSON.parse((await request({ port, ...spec })).text) : null;
  const sqlStatements = ourApi ? (again.extensions?.sqlStatements ?? null) : after - before;
  return {
    ms,
    json,
    text: res.text,
    bytes: res.bytes,
    gzipBytes: zlib.gzipSync(Buffer.from(res.text, 'utf8')).length,
    sqlStatements,
  };
}

module.exports = { request, requestFor, probe, graphql };
