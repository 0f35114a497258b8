import type { CliCommand } from './cli-command';
import { importEmploiCommand } from '../emploi/emploi-import.command';
import { importPolesCommand } from '../poles/import-poles.command';
import { qualiteGeometrieCommand } from '../territoires/geometrie/qualite-geometrie.command';
import { creerJetonCommand, listerJetonsCommand, revoquerJetonCommand } from '../auth/jeton.commands';

// Every `pnpm <name>` command; each feature adds its own.
export const CLI_COMMANDS: CliCommand[] = [
  importEmploiCommand,
  importPolesCommand,
  creerJetonCommand,
  revoquerJetonCommand,
  listerJetonsCommand,
  qualiteGeometrieCommand,
];
