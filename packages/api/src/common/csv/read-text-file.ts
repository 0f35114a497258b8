import fs from 'node:fs';
import path from 'node:path';
import { ApiError, badUserInput } from '../api-error';
import { decodeUtf8 } from './read-csv';

// A file named on the command line, as UTF-8 text. pnpm runs commands from packages/api: a relative path is
// resolved from where the user typed it (INIT_CWD).
export function readTextFile(fichier: string): { chemin: string; texte: string } {
  const chemin = path.resolve(process.env.INIT_CWD ?? process.cwd(), fichier);
  if (!fs.existsSync(chemin)) throw badUserInput('fichier', `Fichier introuvable : ${chemin}`);
  const lu = decodeUtf8(fs.readFileSync(chemin));
  if ('erreur' in lu) throw new ApiError('BAD_USER_INPUT', `${chemin}, ligne ${lu.erreur.ligne} : ${lu.erreur.message}`, { ligne: lu.erreur.ligne });
  return { chemin, texte: lu.texte };
}
