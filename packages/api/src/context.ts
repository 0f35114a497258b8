import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Backend } from './database/open-database';

export type Role = 'lecteur' | 'editeur' | 'admin';

// Who makes the request: anonymous readers are `lecteur`; tokens give `editeur` (optionally limited to one
// région) or `admin`.
export interface Viewer {
  role: Role;
  tokenId: string | null;
  nom: string | null;
  codeRegion: string | null;
}

export const ANONYMOUS_VIEWER: Viewer = { role: 'lecteur', tokenId: null, nom: null, codeRegion: null };

export type Authenticate = (authorization: string | undefined) => Promise<Viewer>;

export interface AppServices {
  dataSource: DataSource;
  backend: Backend;
}

// DataLoaders built once per request, by key, so each feature declares its own without touching this file.
export class LoaderCache {
  private readonly loaders = new Map<string, unknown>();

  get<K, V>(key: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(key) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = create();
      this.loaders.set(key, loader);
    }
    return loader;
  }
}

export interface ApiContext extends AppServices {
  requestId: string;
  viewer: Viewer;
  loaders: LoaderCache;
}

export function createContext(services: AppServices, requestId: string, viewer: Viewer): ApiContext {
  return { ...services, requestId, viewer, loaders: new LoaderCache() };
}
