import 'reflect-metadata';
import { openApp } from '../app/open-app';
import { ApiError } from '../common/api-error';
import { readEnv } from '../config/env';
import { CLI_COMMANDS } from './commands';

// `pnpm <command> …` from the repository root: opens the configured database (DATABASE_URL, or the
// embedded one in DATA_DIR, which must not be in use by a running `pnpm start`), migrates, runs the command.
// What the user got wrong (ApiError) is printed as is; anything else is an error of the command.
async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const command = CLI_COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(`Commande inconnue : ${name ?? '(aucune)'}. Commandes : ${CLI_COMMANDS.map((c) => c.name).join(', ')}`);
    process.exit(2);
  }
  const env = readEnv();
  // An operator's long work (a large import, a rebuild) has no statement limit; a lock held elsewhere is still not
  // waited on forever.
  const services = await openApp({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, timeouts: { statementMs: 0, lockMs: env.DATABASE_LOCK_TIMEOUT_MS } });
  let code = 0;
  try {
    await command.run(args, services);
  } catch (error) {
    code = 1;
    if (error instanceof ApiError) console.error(error.message);
    else console.error('Erreur :', error instanceof Error ? error.message : error);
  } finally {
    await services.db.close();
  }
  process.exit(code);
}

void main();
