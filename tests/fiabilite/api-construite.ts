import { createRequire } from 'node:module';
import path from 'node:path';
import { REPO_ROOT } from '../support/start-product';

// The built API (packages/api/dist, as `pnpm start` and the CLI run it), loaded in this process: its limits, and its
// CLI commands run on a database without one process per file.
const API = path.join(REPO_ROOT, 'packages/api');
const requireApi = createRequire(path.join(API, 'package.json'));

export interface Services {
  db: { query<T = Record<string, unknown>>(statement: { text: string; values: unknown[] }): Promise<T[]>; close(): Promise<void> };
}

export interface Commande {
  name: string;
  run(args: string[], services: Services): Promise<void>;
}

export function chargerApi() {
  requireApi('reflect-metadata');
  const { openApp } = requireApi('./dist/app/open-app.js') as { openApp(options: { databaseUrl?: string; dataDir: string | null }): Promise<Services> };
  const { CLI_COMMANDS } = requireApi('./dist/cli/commands.js') as { CLI_COMMANDS: Commande[] };
  const { LIMITES_REQUETE } = requireApi('./dist/common/limites-requete.js') as { LIMITES_REQUETE: Record<string, number> };
  return { openApp, commandes: CLI_COMMANDS, limites: LIMITES_REQUETE };
}

export const CLI = path.join(API, 'dist/cli/cli.js');
