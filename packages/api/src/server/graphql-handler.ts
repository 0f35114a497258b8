import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { LIMITE_REPONSE, reponseTropGrande } from '../common/limites-requete';
import { Semaphore } from '../common/semaphore';
import { spliceRawJsonText } from '../common/raw-json';
import { runInRequestStore } from '../common/request-store';
import type { ApiContext } from '../context';
import { CACHE_CONTROL_LECTURE, etagFor, isNotModified, type CacheHttp } from './cache-http';

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
  // ETag and Cache-Control on anonymous GET queries (cache-http.ts); none without it.
  cacheHttp?: CacheHttp;
  // Anonymous requests handled at once (none: no limit). The others wait their turn, in arrival order, before anything
  // is built for them: 200 readers at once no longer hold 200 requests' objects while they all wait for the same few
  // database connections (V8 kept them long enough to move them to its old generation, which grew with the
  // connections). Requests with credentials (editors' saves) never wait here.
  anonymesEnCoursMax?: number;
}

// A body larger than this is refused (413): GraphQL documents and variables are small.
export const LIMITE_CORPS = 2 * 1024 * 1024;
// Below this size a compressed body is not worth the CPU (the `compression` middleware's threshold).
const SEUIL_COMPRESSION = 1024;

// The one path of GraphQL over HTTP (GET and POST), in the spirit of grafserv: read the body, hand the request to
// Apollo Server's HTTP entry point (executeHTTPGraphQLRequest: CSRF prevention for GET, batching refused), splice
// the JSON built by PostgreSQL into the answer, compress it when the client accepts gzip.
export function createGraphqlHandler(apollo: ApolloServer<ApiContext>, options: GraphqlHandlerOptions) {
  const admission = options.anonymesEnCoursMax ? new Semaphore(options.anonymesEnCoursMax) : null;
  const handle = (request: GraphqlHttpRequest): Promise<GraphqlHttpResponse> =>
    runInRequestStore(() => respond(apollo, options, request), { spliceRawJson: options.spliceRawJson }).catch((error: unknown) => {
      console.error('[graphql] erreur interne :', error);
      return failure(500, 'Erreur interne du serveur.');
    });
  return (request: GraphqlHttpRequest): Promise<GraphqlHttpResponse> =>
    admission && request.headers.authorization === undefined ? admission.run(() => handle(request)) : handle(request);
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
  const etag = await etagFor(options.cacheHttp, request.method, headers);
  if (etag && isNotModified(etag, headers)) {
    return { status: 304, headers: [['etag', etag], ['cache-control', CACHE_CONTROL_LECTURE], ['vary', 'Accept-Encoding']], body: Buffer.alloc(0) };
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
  // Only complete answers are stored: an error may be transient (a timeout, a lost connection).
  if (etag && (response.status ?? 200) === 200 && !spliced.includes('"errors":')) {
    response.headers.set('etag', etag);
    response.headers.set('cache-control', CACHE_CONTROL_LECTURE);
  }
  const out: [string, string][] = [...response.headers];
  if (payload.length >= SEUIL_COMPRESSION && acceptsGzip(headers.get('accept-encoding'))) {
    return { status: response.status ?? 200, headers: [...out, ['content-encoding', 'gzip']], body: await gzip(payload) };
  }
  return { status: response.status ?? 200, headers: out, body: payload };
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
