import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { ApiContext } from '../context';
import { runCountingStatements } from '../database/statement-counter';
import { spliceRawJsonText } from '../common/raw-json';

const gzip = promisify(gzipCallback);

// The body-parser limit the Express route had.
const LIMITE_CORPS = 2 * 1024 * 1024;
// Below this size a compressed body is not worth the CPU (the `compression` middleware's threshold).
const SEUIL_COMPRESSION = 1024;

export interface GraphqlHttpOptions {
  context(req: IncomingMessage): Promise<ApiContext>;
  // False when answers may be cached and served to other requests (no raw JSON placeholder may be left in them).
  splice: boolean;
}

// POST /graphql with a JSON body, served by Apollo Server's own HTTP entry point (executeHTTPGraphQLRequest, the
// API its integrations are built on) without the Express stack in front: router, body-parser and the compression
// wrapper cost about as much CPU as the GraphQL execution of a small query (measured on benchmark scenarios 3 and
// 5). Anything else (GET, other content types, the IDE, exports, the dashboard) goes to Express.
export function isGraphqlJsonPost(req: IncomingMessage): boolean {
  if (req.method !== 'POST') return false;
  const url = req.url ?? '';
  if (url !== '/graphql' && !url.startsWith('/graphql?')) return false;
  const type = req.headers['content-type'] ?? '';
  return type.startsWith('application/json');
}

export function graphqlHttpHandler(apollo: ApolloServer<ApiContext>, options: GraphqlHttpOptions) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    readBody(req).then(
      (text) => void runCountingStatements(() => respond(apollo, options, req, res, text), { splice: options.splice }).result.catch((error: unknown) => fail(res, 500, error)),
      (error: { status?: number }) => fail(res, error.status ?? 400, error),
    );
  };
}

async function respond(apollo: ApolloServer<ApiContext>, options: GraphqlHttpOptions, req: IncomingMessage, res: ServerResponse, text: string): Promise<void> {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return fail(res, 400, new Error('Corps de requête JSON invalide.'));
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = req.url ?? '';
  const query = url.indexOf('?');
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers, search: query < 0 ? '' : url.slice(query), body },
    context: () => options.context(req),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'chunked') {
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
    return;
  }
  const payload = Buffer.from(spliceRawJsonText(response.body.string), 'utf8');
  res.setHeader('vary', 'Accept-Encoding');
  if (payload.length >= SEUIL_COMPRESSION && acceptsGzip(req.headers['accept-encoding'])) {
    const compressed = await gzip(payload);
    res.setHeader('content-encoding', 'gzip');
    res.setHeader('content-length', compressed.length);
    res.end(compressed);
    return;
  }
  res.setHeader('content-length', payload.length);
  res.end(payload);
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

// A body over the limit is read to its end but not kept, then refused: the client gets the 413, not a reset socket.
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= LIMITE_CORPS) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > LIMITE_CORPS) {
        reject(Object.assign(new Error('Corps de requête trop volumineux (2 Mo au plus).'), { status: 413 }));
        return;
      }
      resolve(chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

function fail(res: ServerResponse, status: number, error: unknown): void {
  if (status >= 500) console.error('[graphql] erreur interne :', error);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const message = status >= 500 ? 'Erreur interne du serveur.' : error instanceof Error ? error.message : String(error);
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code: status === 413 ? 'PAYLOAD_TOO_LARGE' : status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] }));
}
