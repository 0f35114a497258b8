import type { ErreurLigne } from '../common/csv/read-csv';
import { sql } from '../common/sql';
import type { Database } from '../database/database';
import { parseEmploiCsv, type EmploiLigne } from './emploi-csv.parser';
import { upsertEmplois } from './emploi.repository';

export type ResultatImportEmploi = { ok: true; crees: number; misAJour: number } | { ok: false; erreurs: ErreurLigne[] };

// All or nothing: every line is validated before anything is written, then one transaction writes them.
export async function importEmploiCsv(db: Database, texte: string): Promise<ResultatImportEmploi> {
  const { lignes, erreurs } = parseEmploiCsv(texte);
  if (erreurs.length > 0) return { ok: false, erreurs };
  const inconnus = await territoiresInconnus(db, lignes);
  if (inconnus.length > 0) return { ok: false, erreurs: inconnus };
  const resultat = await db.transaction((tx) => upsertEmplois(tx, lignes));
  return { ok: true, ...resultat };
}

// Codes a source uses for a territory the reference data has no level for: metropolitan France (FRM, the facts'
// own code, not an INSEE one).
const HORS_REFERENTIEL = new Set(['FRANCE|FRM']);

// A figure is about a territory of the reference data (région 99 is none). Before the reference data is loaded
// (an empty territoire table), nothing can be checked.
async function territoiresInconnus(db: Database, lignes: (EmploiLigne & { numero: number })[]): Promise<ErreurLigne[]> {
  const [{ n } = { n: 0 }] = await db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM territoire LIMIT 1) t`);
  if (n === 0 || lignes.length === 0) return [];
  const connus = await db.query<{ niveau: string; code: string }>(
    sql`SELECT t.niveau, t.code FROM territoire t
        JOIN unnest(${lignes.map((l) => l.niveau)}::text[], ${lignes.map((l) => l.code)}::text[]) AS l(niveau, code) ON t.niveau = l.niveau AND t.code = l.code`,
  );
  const cles = new Set(connus.map((t) => `${t.niveau}|${t.code}`));
  return lignes
    .filter((l) => !cles.has(`${l.niveau}|${l.code}`) && !HORS_REFERENTIEL.has(`${l.niveau}|${l.code}`))
    .map((l) => ({ ligne: l.numero, champ: 'code', message: `territoire inconnu du référentiel : ${l.niveau} ${l.code}` }));
}
