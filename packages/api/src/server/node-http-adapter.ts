import type { IncomingMessage, ServerResponse } from 'node:http';
import { LIMITE_CORPS, type GraphqlHttpRequest, type GraphqlHttpResponse } from './graphql-handler';

// A body over the limit is read to its end but not kept, then refused: the client gets the 413, not a reset socket.
function readBody(req: IncomingMessage): Promise<GraphqlHttpRequest['body']> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= LIMITE_CORPS) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > LIMITE_CORPS) resolve({ ok: false, status: 413, message: 'Corps de requête trop volumineux (2 Mo au plus).' });
      else resolve({ ok: true, octets: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks) });
    });
    req.on('error', () => resolve({ ok: false, status: 400, message: 'Corps de requête interrompu.' }));
  });
}

// Node's HTTP server → the server-independent GraphQL handler → Node's response.
export function nodeHttpAdapter(handler: (request: GraphqlHttpRequest) => Promise<GraphqlHttpResponse>) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const response = await handler({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, body: await readBody(req) });
    if (res.headersSent) return;
    res.statusCode = response.status;
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.setHeader('content-length', response.body.length);
    res.end(response.body);
  };
}
