import type DataLoader from 'dataloader';
import type { Viewer } from './common/viewer';
import type { Database } from './database/database';
import type { Executor } from './database/executor';

// Data derived from poles and territories (the territories containing each pole, coverage distances): the
// features that write call it in their transaction (and after its commit); the app wires the implementation
// (app/donnees-derivees.ts), which lives above the features.
export interface DonneesDerivees {
  // Before a write on these poles (none for a pole being created): reads what the derived data depend on, and
  // returns what to call after the write, in the same transaction, with the poles written: it keeps what they changed
  // (nothing for a text edit), recomputed in the background once the transaction has committed.
  avantEcriturePoles(tx: Executor, ids: readonly string[]): Promise<RafraichirDerivees>;
  // That background recompute, if one is under way (a stop waits for it; tests read the coverage after it).
  enCours(db: Database): Promise<void>;
  // Recomputes everything derived from poles (an import writes many at once).
  apresEcriturePoles(tx: Executor): Promise<void>;
  apresEcritureTerritoires(tx: Executor): Promise<void>;
}

export type RafraichirDerivees = (ids: readonly string[]) => Promise<void>;

// What every feature receives from the app, for requests, commands and the first-start load alike.
export interface AppServices {
  db: Database;
  derivees: DonneesDerivees;
}

// DataLoaders built once per request, by key, so each feature declares its own without touching this file.
export class LoaderCache {
  private readonly loaders = new Map<string, unknown>();

  get<K, V, C = K>(key: string, create: () => DataLoader<K, V, C>): DataLoader<K, V, C> {
    let loader = this.loaders.get(key) as DataLoader<K, V, C> | undefined;
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

export type SeedLogger = (message: string) => void;

// One part of the reference data, loaded on first start (and again when missing).
export interface SeedStep {
  name: string;
  // True when this step's data is already in the database.
  isLoaded(services: AppServices): Promise<boolean>;
  load(services: AppServices, log: SeedLogger): Promise<void>;
}

// A `pnpm <name> …` command on the configured database. It throws ApiError for what the user got wrong (the CLI
// prints its message alone), anything else for a failure.
export interface DatabaseCommand {
  name: string;
  description: string;
  // `signal` is aborted on Ctrl-C: a long command stops at its next step and rolls back.
  run(args: string[], services: AppServices, options?: { signal?: AbortSignal }): Promise<void>;
}
