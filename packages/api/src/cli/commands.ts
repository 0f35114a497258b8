import type { CliCommand } from './cli-command';

// Every `pnpm <name>` command; each feature adds its own.
export const CLI_COMMANDS: CliCommand[] = [];
