import 'reflect-metadata';
import { openApp } from '../app/open-app';
import { ApiError } from '../common/api-error';
import { readEnv } from '../config/env';
import type { AppServices } from '../context';
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
  // waited on forever. The embedded data directory is refused while the server (or another command) owns it.
  let services: AppServices;
  try {
    services = await openApp({
      databaseUrl: env.DATABASE_URL,
      dataDir: env.DATA_DIR,
      proprietaire: `la commande ${command.name}`,
      onStaleLock: (message) => console.error(message),
      timeouts: { statementMs: 0, lockMs: env.DATABASE_LOCK_TIMEOUT_MS },
    });
  } catch (error) {
    console.error(error instanceof ApiError ? error.message : `Erreur : ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  // Ctrl-C: the command stops at its next step and its transaction is rolled back; a second Ctrl-C exits at once
  // (the connection closes, which rolls back too).
  const interruption = new AbortController();
  process.once('SIGINT', () => {
    console.error('\nInterruption demandée : annulation en cours (Ctrl-C encore pour quitter tout de suite)…');
    interruption.abort();
    process.once('SIGINT', () => process.exit(130));
  });
  let code = 0;
  try {
    await command.run(args, services, { signal: interruption.signal });
  } catch (error) {
    code = interruption.signal.aborted ? 130 : 1;
    if (error instanceof ApiError || interruption.signal.aborted) console.error(error instanceof Error ? error.message : error);
    else console.error('Erreur :', error instanceof Error ? error.message : error);
  } finally {
    await services.db.close();
  }
  process.exit(code);
}

void main();
