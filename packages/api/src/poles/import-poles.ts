import type { AppServices } from '../context';
import type { ErreurLigne } from '../common/csv/read-csv';
import { sql } from '../common/sql';
import type { Viewer } from '../common/viewer';
import { cancelOnAbort } from '../database/cancel-on-abort';
import type { Executor } from '../database/executor';
import { hasChanges } from './pole-changes';
import { readPoleEtats, createPolesIn } from './pole-write-lot';
import { updatePoleIn, type WriteOptions } from './pole-write.service';
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
  // Where the import says how far it is (a large file takes a while).
  onProgress?: (message: string) => void;
  // Aborted (Ctrl-C): the import stops at the next batch and its transaction is rolled back.
  signal?: AbortSignal;
}

// Lines written per batch: a few statements each, under PostgreSQL's 65,535 parameters (≈ 40 columns a pole).
const LOT = 500;

export class ImportInterrompu extends Error {
  constructor() {
    super("Import interrompu (Ctrl-C) : la transaction est annulée, rien n'a été écrit.");
  }
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
  try {
    await services.db.transaction((tx) => writeLignes(services, tx, lignes, report, options));
  } catch (error) {
    if (options.signal?.aborted) throw new ImportInterrompu();
    throw error;
  }
  report.erreurs.sort((a, b) => a.ligne - b.ligne);
  return report;
}

async function writeLignes(services: AppServices, tx: Executor, lignes: LignePole[], report: ImportReport, options: ImportOptions): Promise<void> {
  const stopCancel = await cancelOnAbort(services.db, tx, options.signal);
  try {
    await writeLots(services, tx, lignes, report, options);
  } finally {
    stopCancel();
  }
}

type EcritureImport = WriteOptions & { action: 'IMPORT' };

async function writeLots(services: AppServices, tx: Executor, lignes: LignePole[], report: ImportReport, options: ImportOptions): Promise<void> {
  const interrompre = () => {
    if (options.signal?.aborted) throw new ImportInterrompu();
  };
  const inconnus = await checkCodesExist(tx, lignes);
  if (inconnus.length > 0 && options.codesInconnus !== 'avertissement') {
    report.erreurs.push(...inconnus);
    return;
  }
  report.avertissements.push(...inconnus);
  const write: EcritureImport = { viewer: options.viewer, derivees: services.derivees, action: 'IMPORT', codesInconnusAcceptes: true, territoiresDifferes: true };
  const progress = suiviProgression(lignes.length, options.onProgress);
  const touched: string[] = [];
  for (let debut = 0; debut < lignes.length; debut += LOT) {
    interrompre();
    touched.push(...(await writeLot(tx, lignes.slice(debut, debut + LOT), report, write)));
    progress.lignes(Math.min(debut + LOT, lignes.length));
  }
  interrompre();
  await progress.etape('territoires des pôles', () => recomputePoleTerritoires(tx, touched));
  interrompre();
  await progress.etape('données dérivées (couverture)', () => services.derivees.apresEcriturePoles(tx));
  interrompre();
}

// One batch: new slugs created together; existing poles compared with their state read together, then updated one by
// one when they changed (an editor's deletion is kept). Returns the poles written.
async function writeLot(tx: Executor, lot: LignePole[], report: ImportReport, write: EcritureImport): Promise<string[]> {
  const existants = await tx.query<{ id: string; slug: string }>(sql`SELECT id, slug FROM pole WHERE slug = ANY(${lot.map((l) => l.slug)}::text[])`);
  const idDe = new Map(existants.map((e) => [e.slug, e.id]));
  const nouvelles = lot.filter((l) => !idDe.has(l.slug));
  const touched = await createPolesIn(tx, nouvelles.map((l) => l.donnees), write.viewer, write.action);
  report.crees += nouvelles.length;
  const etats = await readPoleEtats(tx, [...idDe.values()]);
  for (const ligne of lot) {
    const id = idDe.get(ligne.slug);
    if (!id) continue;
    const before = etats.get(id);
    const { slug: _slug, ...donnees } = ligne.donnees;
    if (before?.supprimeLe) report.supprimesIgnores += 1;
    else if (before && !hasChanges(before, donnees)) report.inchanges += 1;
    else {
      await updatePoleIn(tx, id, null, donnees, write);
      touched.push(id);
      report.modifies += 1;
    }
  }
  return touched;
}

// Prints lines written every few seconds (and the last), and each final step with its duration.
function suiviProgression(total: number, onProgress: ImportOptions['onProgress']) {
  const debut = Date.now();
  let dernier = 0;
  const secondes = (depuis: number) => ((Date.now() - depuis) / 1000).toFixed(1);
  return {
    lignes(faites: number) {
      if (!onProgress || (faites < total && Date.now() - dernier < 2000)) return;
      dernier = Date.now();
      onProgress(`  ${faites.toLocaleString('fr-FR')} / ${total.toLocaleString('fr-FR')} lignes écrites (${secondes(debut)} s)`);
    },
    async etape(nom: string, travail: () => Promise<void>) {
      const depuis = Date.now();
      onProgress?.(`  ${nom}…`);
      await travail();
      onProgress?.(`  ${nom} : ${secondes(depuis)} s`);
    },
  };
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
