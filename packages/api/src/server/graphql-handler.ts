import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { LIMITE_REPONSE, reponseTropGrande } from '../common/limites-requete';
import { spliceRawJsonText } from '../common/raw-json';
import { runInRequestStore } from '../common/request-store';
import type { ApiContext } from '../context';

const gzip = promisify(gzipCallback);

// What any HTTP server hands to /graphql: the handler below knows nothing of Node's or Express's objects.
export interface GraphqlHttpRequest {
  method: string;
  // Path and query string (`/graphql?query=…`).
  url: string;
  headers: Record<string, string | string[] | undefined>;
  // The body as read by the adapter, or the reason it could not be read.
  body: { ok: true; octets: Buffer } | { ok: false; status: 413 | 400; message: string };
}

export interface GraphqlHttpResponse {
  status: number;
  headers: [string, string][];
  body: Buffer;
}

export interface GraphqlHandlerOptions {
  context(headers: GraphqlHttpRequest['headers']): Promise<ApiContext>;
  // False when answers may be cached and served to other requests (no raw JSON placeholder may be left in them).
  spliceRawJson: boolean;
}

// A body larger than this is refused (413): GraphQL documents and variables are small.
export const LIMITE_CORPS = 2 * 1024 * 1024;
// Below this size a compressed body is not worth the CPU (the `compression` middleware's threshold).
const SEUIL_COMPRESSION = 1024;

// The one path of GraphQL over HTTP (GET and POST), in the spirit of grafserv: read the body, hand the request to
// Apollo Server's HTTP entry point (executeHTTPGraphQLRequest: CSRF prevention for GET, batching refused), splice
// the JSON built by PostgreSQL into the answer, compress it when the client accepts gzip.
export function createGraphqlHandler(apollo: ApolloServer<ApiContext>, options: GraphqlHandlerOptions) {
  return (request: GraphqlHttpRequest): Promise<GraphqlHttpResponse> =>
    runInRequestStore(() => respond(apollo, options, request), { spliceRawJson: options.spliceRawJson }).catch((error: unknown) => {
      console.error('[graphql] erreur interne :', error);
      return failure(500, 'Erreur interne du serveur.');
    });
}

async function respond(apollo: ApolloServer<ApiContext>, options: GraphqlHandlerOptions, request: GraphqlHttpRequest): Promise<GraphqlHttpResponse> {
  if (!request.body.ok) return failure(request.body.status, request.body.message);
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  let body: unknown = undefined;
  if (request.method === 'POST' && (headers.get('content-type') ?? '').startsWith('application/json')) {
    try {
      body = JSON.parse(request.body.octets.toString('utf8'));
    } catch {
      return failure(400, 'Corps de requête JSON invalide.');
    }
  } else if (request.method === 'POST') {
    body = request.body.octets.toString('utf8');
  }
  const query = request.url.indexOf('?');
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method, headers, search: query < 0 ? '' : request.url.slice(query), body },
    context: () => options.context(request.headers),
  });
  const text = response.body.kind === 'complete' ? response.body.string : await collect(response.body.asyncIterator);
  const spliced = spliceRawJsonText(text);
  if (spliced.length > LIMITE_REPONSE) {
    const { message, extensions } = reponseTropGrande(spliced.length);
    return { status: 200, headers: [['content-type', 'application/json; charset=utf-8']], body: Buffer.from(JSON.stringify({ data: null, errors: [{ message, extensions }] })) };
  }
  const payload = Buffer.from(spliced, 'utf8');
  const vary = response.headers.get('vary');
  response.headers.set('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
  const validated = validateGet(request.method, response.status ?? 200, payload, response.headers, headers.get('if-none-match'));
  if (validated === 'not-modified') return { status: 304, headers: [...response.headers], body: Buffer.alloc(0) };
  const out: [string, string][] = [...response.headers];
  if (payload.length >= SEUIL_COMPRESSION && acceptsGzip(headers.get('accept-encoding'))) {
    return { status: response.status ?? 200, headers: [...out, ['content-encoding', 'gzip']], body: await gzip(payload) };
  }
  return { status: response.status ?? 200, headers: out, body: payload };
}

// A GET answer (the dashboard's map layers) carries a validator: the browser keeps it and asks again with
// If-None-Match; an unchanged answer comes back as 304 without its body (still computed, not re-sent or re-parsed).
// Private: an editor's answer is theirs. POST answers stay no-store.
function validateGet(method: string, status: number, payload: Buffer, out: HeaderMap, ifNoneMatch: string | undefined): 'not-modified' | null {
  if (method !== 'GET' || status !== 200) return null;
  const etag = `"${createHash('sha1').update(payload).digest('base64url')}"`;
  out.set('etag', etag);
  out.set('cache-control', 'private, no-cache');
  out.set('vary', `${out.get('vary') ?? 'Accept-Encoding'}, Authorization`);
  const candidates = (ifNoneMatch ?? '').split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  return candidates.includes(etag) ? 'not-modified' : null;
}

async function collect(chunks: AsyncIterableIterator<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

// gzip (or *) listed in Accept-Encoding with a weight above zero (`gzip;q=0` refuses it).
function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((entry) => {
    const [name, ...params] = entry.split(';').map((part) => part.trim().toLowerCase());
    if (name !== 'gzip' && name !== '*') return false;
    const q = params.find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

function failure(status: number, message: string): GraphqlHttpResponse {
  const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
  return {
    status,
    headers: [['content-type', 'application/json; charset=utf-8']],
    body: Buffer.from(JSON.stringify({ errors: [{ message, extensions: { code } }] })),
  };
}
