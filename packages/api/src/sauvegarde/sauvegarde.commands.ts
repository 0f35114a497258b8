import path from 'node:path';
import { parseArgs } from 'node:util';
import { badUserInput } from '../common/api-error';
import type { DatabaseCommand } from '../context';
import { restaurer } from './restauration';
import { sauvegarder } from './sauvegarde';

// pnpm runs commands from packages/api: a relative path is resolved from where the user typed it (INIT_CWD).
function fichierDe(args: string[], usage: string): string {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (!positionals[0]) throw badUserInput('fichier', usage);
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]);
}

const secondes = (debut: number) => ((Date.now() - debut) / 1000).toFixed(1);

export const sauvegardeCommand: DatabaseCommand = {
  name: 'sauvegarde',
  description: 'Sauvegarde toutes les tables de la base (serveur PostgreSQL ou embarquée) dans un fichier.',
  async run(args, services) {
    const chemin = fichierDe(args, 'Usage : pnpm sauvegarde fichier.sauvegarde.gz');
    const debut = Date.now();
    const empreintes = await sauvegarder(services.db, chemin, (m) => console.log(m));
    console.log(`Sauvegarde écrite : ${chemin} (${Object.keys(empreintes).length} tables, ${secondes(debut)} s).`);
  },
};

export const restaurationCommand: DatabaseCommand = {
  name: 'restauration',
  description: 'Remplace toutes les tables par celles d’une sauvegarde (tout ou rien, empreintes vérifiées).',
  async run(args, services) {
    const chemin = fichierDe(args, 'Usage : pnpm restauration fichier.sauvegarde.gz');
    const debut = Date.now();
    const empreintes = await restaurer(services.db, chemin, (m) => console.log(m));
    console.log(`Restauration terminée : ${Object.keys(empreintes).length} tables identiques à la sauvegarde (${secondes(debut)} s).`);
  },
};
