import type { CliCommand } from './cli-command';
import { importEmploiCommand } from '../emploi/emploi-import.command';

// Every `pnpm <name>` command; each feature adds its own.
export const CLI_COMMANDS: CliCommand[] = [
  importEmploiCommand,
];
