import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { currentStatementCounter } from '../database/statement-counter';

// Large JSON built by PostgreSQL (map layers as GeoJSON text) is spliced verbatim into the HTTP response
// instead of being parsed into objects and serialised again by GraphQL (measured on benchmark scenario 2a).
// The GraphQL result holds a placeholder string; `spliceRawJson` replaces it, quotes included, in the body.
// The random nonce makes a placeholder impossible to forge from user input.
const NONCE = randomUUID();
const TOKEN = new RegExp(`"@@rawjson:${NONCE}:(\\d+)@@"`, 'g');

// The placeholder for `text` (valid JSON) in the current HTTP request, or null outside one (tests executing
// operations directly, subscriptions) or when answers are cached: the caller then parses the text itself.
export function rawJsonPlaceholder(text: string): string | null {
  const store = currentStatementCounter();
  if (!store || store.splice === false) return null;
  store.rawJson ??= [];
  store.rawJson.push(text);
  return `@@rawjson:${NONCE}:${store.rawJson.length - 1}@@`;
}

// Inside the request's store: the response body with its placeholders replaced.
export function spliceRawJsonText(body: string): string {
  const texts = currentStatementCounter()?.rawJson;
  return texts?.length ? body.replace(TOKEN, (_match, index: string) => texts[Number(index)]!) : body;
}

// Express middleware, inside the request's store: replaces the placeholders in string bodies.
export function spliceRawJson(_req: Request, res: Response, next: NextFunction): void {
  const send = res.send.bind(res);
  res.send = (body?: unknown) => send(typeof body === 'string' ? spliceRawJsonText(body) : body);
  next();
}
