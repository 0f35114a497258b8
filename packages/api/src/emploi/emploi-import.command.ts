import fs from 'node:fs';
import path from 'node:path';
import type { CliCommand } from '../cli/cli-command';
import { CliError } from '../cli/cli-error';
import { formatErreurs, importEmploiCsv } from './emploi-import.service';

export const importEmploiCommand: CliCommand = {
  name: 'import:emploi',
  description: "Importe des chiffres de l'emploi ESS (CSV : colonnes de emploi-ess.csv) ; tout ou rien.",
  async run(args, { dataSource }) {
    const fichier = args.find((a) => !a.startsWith('--'));
    if (!fichier) throw new CliError('Usage : pnpm import:emploi fichier.csv');
    // pnpm runs the script from packages/api: resolve relative paths from where the user typed the command.
    const chemin = path.resolve(process.env.INIT_CWD ?? process.cwd(), fichier);
    if (!fs.existsSync(chemin)) throw new CliError(`Fichier introuvable : ${chemin}`);
    const resultat = await importEmploiCsv(dataSource, fs.readFileSync(chemin, 'utf8'));
    if (!resultat.ok) throw new CliError(formatErreurs(resultat.erreurs));
    console.log(`${resultat.crees} chiffre(s) créé(s), ${resultat.misAJour} mis à jour (${chemin}).`);
  },
};
