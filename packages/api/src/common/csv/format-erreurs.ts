import type { ErreurLigne } from './read-csv';

// What a refused import prints: nothing was written, and every line that must change.
export function formatErreurs(erreurs: readonly ErreurLigne[]): string {
  return [
    `Import refusé, rien n'a été écrit : ${erreurs.length} erreur(s).`,
    ...erreurs.map((e) => `  ligne ${e.ligne}, ${e.champ} : ${e.message}`),
  ].join('\n');
}
