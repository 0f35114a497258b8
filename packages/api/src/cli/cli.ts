import 'reflect-metadata';
import { readEnv } from '../config/env';
import { migrateDatabase, openDatabase } from '../database/open-database';
import { CLI_COMMANDS } from './commands';
import { CliError } from './cli-error';

// `pnpm <command> …` from the repository root: opens the configured database (DATABASE_URL, or the
// embedded one in DATA_DIR, which must not be in use by a running `pnpm start`), migrates, runs the command.
async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const command = CLI_COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(`Commande inconnue : ${name ?? '(aucune)'}. Commandes : ${CLI_COMMANDS.map((c) => c.name).join(', ')}`);
    process.exit(2);
  }
  const env = readEnv();
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  let code = 0;
  try {
    await migrateDatabase(database.dataSource);
    await command.run(args, { dataSource: database.dataSource, backend: database.backend, env });
  } catch (error) {
    code = 1;
    if (error instanceof CliError) console.error(error.message);
    else console.error('Erreur :', error instanceof Error ? error.message : error);
  } finally {
    await database.close();
  }
  process.exit(code);
}

void main();
