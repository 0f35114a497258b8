import { currentRequestStore } from '../common/request-store';
import { markReplicaRead } from './lecture-replique.plugin';

// Anonymous GET queries (persisted or automatic persisted queries) are cacheable by a reverse proxy or a CDN: their
// validator holds the data version (version-donnees/) and the API's build, so any write makes every stored answer
// stale. Caches must revalidate each time (If-None-Match → 304, without running the query).
export const CACHE_CONTROL_LECTURE = 'public, max-age=0, must-revalidate';

export interface CacheHttp {
  // The validator of the data this request reads (read where its answer will be read: replica or primary).
  validateur(): Promise<string>;
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

// The ETag of an anonymous GET, or null when the request is not one. Routes the request's reads first, so that the
// version and the answer come from the same server.
export async function etagFor(cache: CacheHttp | undefined, method: string, headers: { get(name: string): string | undefined }): Promise<string | null> {
  if (!cache || method !== 'GET' || headers.get('authorization') || !currentRequestStore()) return null;
  markReplicaRead(headers.get('cookie'));
  return `W/"${await cache.validateur()}"`;
}

export function isNotModified(etag: string, headers: { get(name: string): string | undefined }): boolean {
  return matches(headers.get('if-none-match'), etag);
}
