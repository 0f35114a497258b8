import type { AppServices } from '../context';
import type { ErreurLigne } from '../common/csv/read-csv';
import { sql } from '../common/sql';
import type { Viewer } from '../common/viewer';
import type { Executor } from '../database/executor';
import { hasChanges } from './pole-changes';
import { createPoleIn, readPoleEtat, updatePoleIn } from './pole-write.service';
import { parsePolesCsv, type LignePole } from './poles-csv.parser';
import { recomputePoleTerritoires } from './recompute-pole-territoires';

export interface ImportReport {
  crees: number;
  modifies: number;
  inchanges: number;
  // Poles an editor deleted: the import does not bring them back.
  supprimesIgnores: number;
  erreurs: ErreurLigne[];
  avertissements: ErreurLigne[];
}

export interface ImportOptions {
  viewer: Viewer;
  // Unknown territory codes are errors unless the territories are not loaded yet (then: warnings).
  codesInconnus?: 'erreur' | 'avertissement';
}

async function checkCodesExist(tx: Executor, lignes: LignePole[]): Promise<ErreurLigne[]> {
  const refs = lignes.flatMap((l) => [
    ...(l.donnees.codeCommuneSiege ? [{ ligne: l.ligne, champ: 'code_commune_siege', niveau: 'COMMUNE', code: l.donnees.codeCommuneSiege }] : []),
    ...(l.donnees.territoireAction?.niveau && l.donnees.territoireAction.code
      ? [{ ligne: l.ligne, champ: 'code_territoire', niveau: l.donnees.territoireAction.niveau, code: l.donnees.territoireAction.code }]
      : []),
  ]);
  if (refs.length === 0) return [];
  const found = await tx.query<{ niveau: string; code: string }>(
    sql`SELECT k.niveau, k.code FROM unnest(${refs.map((r) => r.niveau)}::text[], ${refs.map((r) => r.code)}::text[]) AS k(niveau, code)
        JOIN territoire t ON t.niveau = k.niveau AND t.code = k.code`,
  );
  const known = new Set(found.map((f) => `${f.niveau}:${f.code}`));
  return refs
    .filter((r) => !known.has(`${r.niveau}:${r.code}`))
    .map((r) => ({ ligne: r.ligne, champ: r.champ, message: `Territoire inconnu : ${r.niveau} ${r.code}.` }));
}

// All or nothing: every line is validated first; one transaction; upsert on slug (re-running creates no duplicate).
export async function importPolesCsv(services: AppServices, text: string, options: ImportOptions): Promise<ImportReport> {
  const { lignes, erreurs } = parsePolesCsv(text);
  const report: ImportReport = { crees: 0, modifies: 0, inchanges: 0, supprimesIgnores: 0, erreurs, avertissements: [] };
  if (erreurs.length > 0) return report;
  await services.db.transaction(async (tx) => {
    const inconnus = await checkCodesExist(tx, lignes);
    if (inconnus.length > 0 && options.codesInconnus !== 'avertissement') {
      report.erreurs.push(...inconnus);
      return;
    }
    report.avertissements.push(...inconnus);
    const write = { viewer: options.viewer, derivees: services.derivees, action: 'IMPORT' as const, codesInconnusAcceptes: true, territoiresDifferes: true };
    const touched: string[] = [];
    for (const ligne of lignes) {
      const [existing] = await tx.query<{ id: string }>(sql`SELECT id FROM pole WHERE slug = ${ligne.slug}`);
      if (!existing) {
        touched.push(await createPoleIn(tx, ligne.donnees, write));
        report.crees += 1;
        continue;
      }
      const before = await readPoleEtat(tx, existing.id);
      const { slug: _slug, ...donnees } = ligne.donnees;
      if (before?.supprimeLe) {
        report.supprimesIgnores += 1;
        continue;
      }
      if (before && !hasChanges(before, donnees)) {
        report.inchanges += 1;
        continue;
      }
      await updatePoleIn(tx, existing.id, null, donnees, write);
      touched.push(existing.id);
      report.modifies += 1;
    }
    await recomputePoleTerritoires(tx, touched);
    await services.derivees.apresEcriturePoles(tx);
  });
  report.erreurs.sort((a, b) => a.ligne - b.ligne);
  return report;
}

export function formatImportReport(report: ImportReport): string {
  const lines = report.erreurs.map((e) => `  ligne ${e.ligne}, ${e.champ} : ${e.message}`);
  const warnings = report.avertissements.map((e) => `  ligne ${e.ligne}, ${e.champ} : ${e.message} (position inconnue)`);
  if (report.erreurs.length > 0) {
    return [`Import refusé, rien n'a été écrit : ${report.erreurs.length} erreur(s).`, ...lines].join('\n');
  }
  return [
    `Import terminé : ${report.crees} créé(s), ${report.modifies} modifié(s), ${report.inchanges} inchangé(s)` +
      (report.supprimesIgnores ? `, ${report.supprimesIgnores} supprimé(s) laissé(s) tel(s) quel(s).` : '.'),
    ...(warnings.length > 0 ? ['Avertissements :', ...warnings] : []),
  ].join('\n');
}
