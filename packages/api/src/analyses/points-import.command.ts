import fs from 'node:fs';
import path from 'node:path';
import type { CliCommand } from '../cli/cli-command';
import { CliError } from '../cli/cli-error';
import { formatErreurs } from '../emploi/emploi-import.service';
import { importPointsCsv } from './points-import.service';

function option(args: string[], nom: string): string | null {
  const i = args.indexOf(nom);
  return i >= 0 ? (args[i + 1] ?? null) : null;
}

export const importPointsCommand: CliCommand = {
  name: 'import:points',
  description: 'Importe une couche de points (CSV lon, lat, categorie, poids, source) : --couche NOM --source "…" [--synthetique].',
  async run(args, { dataSource }) {
    const valeurs = new Set([option(args, '--couche'), option(args, '--source')]);
    const fichier = args.find((a) => !a.startsWith('--') && !valeurs.has(a));
    const nom = option(args, '--couche');
    const source = option(args, '--source');
    if (!fichier || !nom || !source) {
      throw new CliError('Usage : pnpm import:points fichier.csv --couche NOM --source "…" [--synthetique]');
    }
    const chemin = path.resolve(process.env.INIT_CWD ?? process.cwd(), fichier);
    if (!fs.existsSync(chemin)) throw new CliError(`Fichier introuvable : ${chemin}`);
    const resultat = await importPointsCsv(dataSource, fs.readFileSync(chemin, 'utf8'), {
      nom, source, synthetique: args.includes('--synthetique'),
    });
    if (!resultat.ok) throw new CliError(formatErreurs(resultat.erreurs));
    console.log(`${resultat.points} point(s) dans la couche « ${nom} »${args.includes('--synthetique') ? ' (synthétique)' : ''}.`);
  },
};
