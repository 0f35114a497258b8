import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { insertFixtureTerritoires } from '../test-support/poles.fixtures';
import { startTestEnvironment, type TestEnvironment } from '../test-support/test-environment';
import type { TestServer } from '../test-support/test-server';
import { CACHE_CONTROL_LECTURE } from './cache-http';

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function send(url: string, options: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<RawResponse> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, method: options.method ?? 'POST', path: options.path ?? '/graphql', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const CARTE = '{ carteTerritoires(niveau: DEPARTEMENT, dans: { niveau: REGION, code: "53" }, precision: BASSE) }';
const json = { 'content-type': 'application/json' };

// /graphql, GET and POST, is served by one handler (graphql-handler.ts) through Node's HTTP adapter.
describe('GraphQL over HTTP', () => {
  let env: TestEnvironment;
  let server: TestServer;

  beforeAll(async () => {
    env = await startTestEnvironment(({ db }) => insertFixtureTerritoires(db));
    server = env.server;
  });
  afterAll(() => env.close());

  it('answers a JSON POST uncompressed to a client that does not accept compression', async () => {
    const r = await send(server.url, { headers: json, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(r.body.toString())).toMatchObject({ data: { __typename: 'Query' } });
  });

  it('compresses a large answer for a client that accepts gzip', async () => {
    const body = JSON.stringify({ query: '{ __schema { types { name description } } }' });
    const plain = await send(server.url, { headers: json, body });
    const zipped = await send(server.url, { headers: { ...json, 'accept-encoding': 'gzip, deflate, br' }, body });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(zipped.body.length).toBeLessThan(plain.body.length / 2);
    expect(gunzipSync(zipped.body).toString()).toBe(plain.body.toString());
    const refused = await send(server.url, { headers: { ...json, 'accept-encoding': 'gzip;q=0, identity' }, body });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body.toString()).toBe(plain.body.toString());
  });

  it('splices a map layer built by PostgreSQL whole into the answer', async () => {
    const r = await send(server.url, { headers: { ...json, 'accept-encoding': 'gzip' }, body: JSON.stringify({ query: CARTE }) });
    const text = r.headers['content-encoding'] === 'gzip' ? gunzipSync(r.body).toString() : r.body.toString();
    expect(text).not.toContain('@@rawjson');
    const answer = JSON.parse(text) as { data: { carteTerritoires: { type: string; features: unknown[] } } };
    expect(answer.data.carteTerritoires.type).toBe('FeatureCollection');
    expect(answer.data.carteTerritoires.features.length).toBeGreaterThan(0);
  });

  it('says what is wrong with a body that is not JSON', async () => {
    const r = await send(server.url, { headers: json, body: '{ "query": ' });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body.toString())).toEqual({
      errors: [{ message: 'Corps de requête JSON invalide.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('refuses a body over 2 MB', async () => {
    const r = await send(server.url, { headers: json, body: Buffer.alloc(2 * 1024 * 1024 + 10, 0x20) });
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body.toString()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('serves GET queries too, with Apollo’s CSRF check', async () => {
    const path = `/graphql?query=${encodeURIComponent('{ __typename }')}`;
    const blocked = await send(server.url, { method: 'GET', path });
    expect(blocked.status).toBe(400);
    const r = await send(server.url, { method: 'GET', path, headers: { 'apollo-require-preflight': 'true' } });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body.toString())).toMatchObject({ data: { __typename: 'Query' } });
  });

  it('lets the browser (or a proxy) keep an anonymous GET map layer and revalidate it: 304 without a body while the data is unchanged', async () => {
    const path = `/graphql?query=${encodeURIComponent(CARTE)}`;
    const headers = { 'apollo-require-preflight': 'true' };
    const first = await send(server.url, { method: 'GET', path, headers });
    expect(first.status).toBe(200);
    expect(first.headers['cache-control']).toBe(CACHE_CONTROL_LECTURE);
    const etag = first.headers.etag!;
    expect(etag).toMatch(/^W\/"[^"]+"$/);
    const again = await send(server.url, { method: 'GET', path, headers: { ...headers, 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const other = await send(server.url, { method: 'GET', path, headers: { ...headers, 'if-none-match': '"autre"' } });
    expect(other.status).toBe(200);
    expect(other.body.toString()).toBe(first.body.toString());
    const post = await send(server.url, { headers: json, body: JSON.stringify({ query: CARTE }) });
    expect(post.headers.etag).toBeUndefined();
  });
});
