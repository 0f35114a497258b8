import type { DatabaseCommand } from '../context';
import { creerJetonCommand, listerJetonsCommand, revoquerJetonCommand } from '../auth/jeton.commands';
import { reconstruireCouvertureCommand } from '../couverture/couverture-reconstruire.command';
import { importPointsCommand } from '../densite/points-import.command';
import { importEmploiCommand } from '../emploi/emploi-import.command';
import { importPolesCommand } from '../poles/import-poles.command';
import { restaurationCommand, sauvegardeCommand } from '../sauvegarde/sauvegarde.commands';
import { qualiteGeometrieCommand } from '../territoires/geometrie/qualite-geometrie.command';
import { importContoursCommand } from '../territoires/import-contours/import-contours.command';
import { territoiresComptesCommand } from '../territoires/territoires-comptes.command';

// Every `pnpm <name>` command; each feature adds its own.
export const CLI_COMMANDS: DatabaseCommand[] = [
  importContoursCommand,
  territoiresComptesCommand,
  importEmploiCommand,
  importPointsCommand,
  importPolesCommand,
  creerJetonCommand,
  revoquerJetonCommand,
  listerJetonsCommand,
  qualiteGeometrieCommand,
  reconstruireCouvertureCommand,
  sauvegardeCommand,
  restaurationCommand,
];
