import type { ErreurLigne } from '../common/csv/read-csv';
import type { Database } from '../database/database';
import { parseEmploiCsv } from './emploi-csv.parser';
import { upsertEmplois } from './emploi.repository';

export type ResultatImportEmploi = { ok: true; crees: number; misAJour: number } | { ok: false; erreurs: ErreurLigne[] };

// All or nothing: every line is validated before anything is written, then one transaction writes them.
export async function importEmploiCsv(db: Database, texte: string): Promise<ResultatImportEmploi> {
  const { lignes, erreurs } = parseEmploiCsv(texte);
  if (erreurs.length > 0) return { ok: false, erreurs };
  const resultat = await db.transaction((tx) => upsertEmplois(tx, lignes));
  return { ok: true, ...resultat };
}
