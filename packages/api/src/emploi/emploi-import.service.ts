import type { DataSource } from 'typeorm';
import { parseEmploiCsv, type ErreurLigne } from './emploi-csv.parser';
import { upsertEmplois } from './emploi.repository';

export type ResultatImportEmploi =
  | { ok: true; crees: number; misAJour: number }
  | { ok: false; erreurs: ErreurLigne[] };

// All or nothing: every line is validated before anything is written, then one transaction writes them.
export async function importEmploiCsv(dataSource: DataSource, texte: string): Promise<ResultatImportEmploi> {
  const { lignes, erreurs } = parseEmploiCsv(texte);
  if (erreurs.length > 0) return { ok: false, erreurs };
  const resultat = await dataSource.transaction((manager) => upsertEmplois(manager, lignes));
  return { ok: true, ...resultat };
}

export function formatErreurs(erreurs: ErreurLigne[]): string {
  return [
    `Import refusé, rien n'a été écrit : ${erreurs.length} erreur(s).`,
    ...erreurs.map((e) => `  ligne ${e.ligne}, ${e.champ} : ${e.message}`),
  ].join('\n');
}
