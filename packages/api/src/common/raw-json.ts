import { randomUUID } from 'node:crypto';
import { LIMITE_REPONSE, reponseTropGrande } from './limites-requete';
import { currentRequestStore } from './request-store';

// Large JSON built by PostgreSQL (map layers as GeoJSON text) is spliced verbatim into the HTTP response
// instead of being parsed into objects and serialised again by GraphQL (measured on benchmark scenario 2a).
// The GraphQL result holds a placeholder string; `spliceRawJsonText` replaces it, quotes included, in the body.
// The random nonce makes a placeholder impossible to forge from user input.
const NONCE = randomUUID();
const TOKEN = new RegExp(`"@@rawjson:${NONCE}:(\\d+)@@"`, 'g');

// The placeholder for `text` (valid JSON) in the current HTTP request, or null outside one (tests executing
// operations directly, subscriptions) or when answers are cached: the caller then parses the text itself.
export function rawJsonPlaceholder(text: string): string | null {
  const store = currentRequestStore();
  if (!store?.spliceRawJson) return null;
  store.rawJsonLength += text.length;
  if (store.rawJsonLength > LIMITE_REPONSE) throw reponseTropGrande(store.rawJsonLength);
  store.rawJson.push(text);
  return `@@rawjson:${NONCE}:${store.rawJson.length - 1}@@`;
}

// Inside the request's store: the response body with its placeholders replaced.
export function spliceRawJsonText(body: string): string {
  const texts = currentRequestStore()?.rawJson;
  return texts?.length ? body.replace(TOKEN, (_match, index: string) => texts[Number(index)]!) : body;
}
