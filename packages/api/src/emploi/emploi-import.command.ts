import { parseArgs } from 'node:util';
import { ApiError, badUserInput } from '../common/api-error';
import { formatErreurs } from '../common/csv/format-erreurs';
import { readTextFile } from '../common/csv/read-text-file';
import type { DatabaseCommand } from '../context';
import { importEmploiCsv } from './emploi-import.service';

export const importEmploiCommand: DatabaseCommand = {
  name: 'import:emploi',
  description: "Importe des chiffres de l'emploi ESS (CSV : colonnes de emploi-ess.csv) ; tout ou rien.",
  async run(args, { db }) {
    const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
    const [fichier] = positionals;
    if (!fichier) throw badUserInput('fichier', 'Usage : pnpm import:emploi fichier.csv');
    const { chemin, texte } = readTextFile(fichier);
    const resultat = await importEmploiCsv(db, texte);
    if (!resultat.ok) throw new ApiError('BAD_USER_INPUT', formatErreurs(resultat.erreurs));
    console.log(`${resultat.crees} chiffre(s) créé(s), ${resultat.misAJour} mis à jour (${chemin}).`);
  },
};
