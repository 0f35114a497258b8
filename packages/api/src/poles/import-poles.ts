import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../context';
import { readPoleEtat, createPoleIn, updatePoleIn } from './pole-write.service';
import { hasChanges } from './pole-changes';
import { recomputePoleTerritoires } from './recompute-pole-territoires';
import { refreshCouvertureCommunes } from '../analyses/couverture-communes.refresh';
import { parsePolesCsv, type LigneInvalide } from './poles-csv.parse';

export interface ImportReport {
  crees: number;
  modifies: number;
  inchanges: number;
  // Poles an editor deleted: the import does not bring them back.
  supprimesIgnores: number;
  erreurs: LigneInvalide[];
  avertissements: LigneInvalide[];
}

export interface ImportOptions {
  viewer: Viewer;
  // Unknown territory codes are errors unless the territories are not loaded yet (then: warnings).
  codesInconnus?: 'erreur' | 'avertissement';
}

async function checkCodesExist(manager: EntityManager, lignes: ReturnType<typeof parsePolesCsv>['lignes']): Promise<LigneInvalide[]> {
  const refs = lignes.flatMap((l) => [
    ...(l.donnees.codeCommuneSiege ? [{ ligne: l.ligne, champ: 'code_commune_siege', niveau: 'COMMUNE', code: l.donnees.codeCommuneSiege }] : []),
    ...(l.donnees.territoireAction?.niveau && l.donnees.territoireAction.code
      ? [{ ligne: l.ligne, champ: 'code_territoire', niveau: l.donnees.territoireAction.niveau, code: l.donnees.territoireAction.code }]
      : []),
  ]);
  if (refs.length === 0) return [];
  const found = (await manager.query(
    `SELECT k.niveau, k.code FROM unnest($1::text[], $2::text[]) AS k(niveau, code)
     JOIN territoire t ON t.niveau = k.niveau AND t.code = k.code`,
    [refs.map((r) => r.niveau), refs.map((r) => r.code)],
  )) as { niveau: string; code: string }[];
  const known = new Set(found.map((f) => `${f.niveau}:${f.code}`));
  return refs
    .filter((r) => !known.has(`${r.niveau}:${r.code}`))
    .map((r) => ({ ligne: r.ligne, champ: r.champ, message: `Territoire inconnu : ${r.niveau} ${r.code}.` }));
}

// All or nothing: every line is validated first; one transaction; upsert on slug (re-running creates no duplicate).
export async function importPolesCsv(dataSource: DataSource, text: string, options: ImportOptions): Promise<ImportReport> {
  const { lignes, erreurs } = parsePolesCsv(text);
  const report: ImportReport = { crees: 0, modifies: 0, inchanges: 0, supprimesIgnores: 0, erreurs, avertissements: [] };
  if (erreurs.length > 0) return report;
  await dataSource.transaction(async (manager) => {
    const inconnus = await checkCodesExist(manager, lignes);
    if (inconnus.length > 0 && options.codesInconnus !== 'avertissement') {
      report.erreurs.push(...inconnus);
      return;
    }
    report.avertissements.push(...inconnus);
    const write = { viewer: options.viewer, action: 'IMPORT' as const, codesInconnusAcceptes: true, territoiresDifferes: true };
    const touched: string[] = [];
    for (const ligne of lignes) {
      const [existing] = (await manager.query('SELECT id FROM pole WHERE slug = $1', [ligne.slug])) as { id: string }[];
      if (!existing) {
        touched.push(await createPoleIn(manager, ligne.donnees, write));
        report.crees += 1;
        continue;
      }
      const before = await readPoleEtat(manager, existing.id);
      const { slug: _slug, ...donnees } = ligne.donnees;
      if (before?.supprimeLe) {
        report.supprimesIgnores += 1;
        continue;
      }
      if (before && !hasChanges(before, donnees)) {
        report.inchanges += 1;
        continue;
      }
      await updatePoleIn(manager, existing.id, null, donnees, write);
      touched.push(existing.id);
      report.modifies += 1;
    }
    await recomputePoleTerritoires(manager, touched);
    await refreshCouvertureCommunes(manager);
  });
  report.erreurs.sort((a, b) => a.ligne - b.ligne);
  return report;
}
