import { join, raw, sql } from '../common/sql';
import type { Viewer } from '../common/viewer';
import type { Executor } from '../database/executor';
import type { ActionAuditAnalyse } from './analyse-audit.entity';
import type { AnalyseDonnees } from './analyse-donnees.schema';
import { analyseErreur } from './analyse.errors';
import { ANALYSE_SELECT } from './analyse-select.sql';
import type { AnalyseTerritoriale } from './analyse-territoriale.entity';
import type { FocusTerritoire } from './focus-territoire.type';
import { checkRegionTerritoire } from '../territoires/check-region-territoire';

export async function readAnalyse(tx: Executor, id: string, lock = false): Promise<AnalyseTerritoriale | null> {
  const [row] = await tx.query<AnalyseTerritoriale>(
    sql`SELECT ${ANALYSE_SELECT} FROM analyse_territoriale a WHERE a.id = ${id} ${lock ? raw('FOR UPDATE') : raw('')}`,
  );
  return row ?? null;
}

// Every territory named must be in the reference data (the first unknown one is the error, with its field).
async function checkTerritoires(tx: Executor, donnees: AnalyseDonnees): Promise<void> {
  const refs = [
    ...(donnees.territoire ? [{ champ: 'territoire', ...donnees.territoire }] : []),
    ...(donnees.focus ?? []).map((f, i) => ({ champ: `focus.${i}`, ...f })),
  ];
  if (refs.length === 0) return;
  const found = await tx.query<{ niveau: string; code: string }>(
    sql`SELECT niveau, code FROM territoire WHERE (niveau, code) IN (SELECT * FROM unnest(${refs.map((r) => r.niveau)}::text[], ${refs.map((r) => r.code)}::text[]))`,
  );
  const inconnu = refs.find((r) => !found.some((f) => f.niveau === r.niveau && f.code === r.code));
  if (inconnu) throw analyseErreur({ raison: 'TERRITOIRE_INCONNU', ...inconnu });
}

async function focusCites(tx: Executor, focus: AnalyseDonnees['focus']): Promise<FocusTerritoire[] | undefined> {
  if (focus === undefined) return undefined;
  if (!focus || focus.length === 0) return [];
  const noms = await tx.query<{ niveau: string; code: string; nom: string }>(
    sql`SELECT niveau, code, nom FROM territoire WHERE (niveau, code) IN (SELECT * FROM unnest(${focus.map((r) => r.niveau)}::text[], ${focus.map((r) => r.code)}::text[]))`,
  );
  return focus.map((f) => ({ ...f, cite: noms.find((n) => n.niveau === f.niveau && n.code === f.code)?.nom ?? null }));
}

const CHAMPS_AUDITES = ['niveau', 'code', 'titre', 'focus', 'dynamiquesActeurs', 'politiquesCollectivites', 'axesDeveloppement', 'source'] as const;

function diff(before: AnalyseTerritoriale | null, after: AnalyseTerritoriale): Record<string, { avant: unknown; apres: unknown }> {
  const changes: Record<string, { avant: unknown; apres: unknown }> = {};
  for (const key of CHAMPS_AUDITES) {
    const avant = before ? before[key] : null;
    const apres = after[key];
    if (JSON.stringify(avant ?? null) !== JSON.stringify(apres ?? null)) changes[key] = { avant: avant ?? null, apres: apres ?? null };
  }
  return changes;
}

export async function writeAnalyseAudit(
  tx: Executor, id: string, action: ActionAuditAnalyse, viewer: Viewer, changements: Record<string, unknown>,
): Promise<void> {
  await tx.query(sql`INSERT INTO analyse_territoriale_audit (analyse_id, action, jeton_id, auteur, changements)
    VALUES (${id}, ${action}, ${viewer.jetonId}, ${viewer.nom}, ${JSON.stringify(changements)}::jsonb)`);
}

// The columns a write sets, from the fields given (undefined = unchanged).
function assignments(donnees: AnalyseDonnees, focus: FocusTerritoire[] | undefined) {
  const sets = [];
  if (donnees.territoire) sets.push(sql`niveau = ${donnees.territoire.niveau}`, sql`code = ${donnees.territoire.code}`);
  if (donnees.titre) sets.push(sql`titre = ${donnees.titre}`);
  if (focus !== undefined) sets.push(sql`focus = ${JSON.stringify(focus)}::jsonb`);
  if (donnees.dynamiquesActeurs !== undefined) sets.push(sql`dynamiques_acteurs = ${donnees.dynamiquesActeurs}`);
  if (donnees.politiquesCollectivites !== undefined) sets.push(sql`politiques_collectivites = ${donnees.politiquesCollectivites}`);
  if (donnees.axesDeveloppement !== undefined) sets.push(sql`axes_developpement = ${donnees.axesDeveloppement}`);
  if (donnees.source !== undefined) sets.push(sql`source = ${donnees.source}`);
  return sets;
}

export async function createAnalyseIn(tx: Executor, donnees: AnalyseDonnees, viewer: Viewer): Promise<string> {
  await checkTerritoires(tx, donnees);
  await checkRegionTerritoire(tx, donnees.territoire!, viewer);
  const focus = (await focusCites(tx, donnees.focus)) ?? [];
  const [row] = await tx.query<{ id: string }>(sql`
    INSERT INTO analyse_territoriale (niveau, code, titre, focus, dynamiques_acteurs, politiques_collectivites, axes_developpement, source, auteur)
    VALUES (${donnees.territoire!.niveau}, ${donnees.territoire!.code}, ${donnees.titre!}, ${JSON.stringify(focus)}::jsonb,
      ${donnees.dynamiquesActeurs ?? null}, ${donnees.politiquesCollectivites ?? null}, ${donnees.axesDeveloppement ?? null},
      ${donnees.source ?? null}, ${viewer.nom}) RETURNING id`);
  const after = await readAnalyse(tx, row!.id);
  await writeAnalyseAudit(tx, row!.id, 'CREATION', viewer, diff(null, after!));
  return row!.id;
}

async function readForWrite(tx: Executor, id: string, version: number, viewer: Viewer): Promise<AnalyseTerritoriale> {
  const before = await readAnalyse(tx, id, true);
  if (!before || before.supprimeLe) throw analyseErreur({ raison: 'ANALYSE_INTROUVABLE', id });
  if (version !== before.version) throw analyseErreur({ raison: 'VERSION_PERIMEE', versionActuelle: before.version, versionLue: version });
  await checkRegionTerritoire(tx, before, viewer);
  return before;
}

export async function updateAnalyseIn(tx: Executor, id: string, version: number, donnees: AnalyseDonnees, viewer: Viewer): Promise<void> {
  const before = await readForWrite(tx, id, version, viewer);
  await checkTerritoires(tx, donnees);
  if (donnees.territoire) await checkRegionTerritoire(tx, donnees.territoire, viewer);
  const sets = assignments(donnees, await focusCites(tx, donnees.focus));
  // The editor who last wrote the text is its author.
  sets.push(sql`auteur = ${viewer.nom}`, sql`version = version + 1`, sql`modifie_le = now()`);
  await tx.query(sql`UPDATE analyse_territoriale SET ${join(sets, ', ')} WHERE id = ${id}`);
  const after = await readAnalyse(tx, id);
  await writeAnalyseAudit(tx, id, 'MODIFICATION', viewer, diff(before, after!));
}

export async function deleteAnalyseIn(tx: Executor, id: string, version: number, viewer: Viewer): Promise<void> {
  await readForWrite(tx, id, version, viewer);
  await tx.query(sql`UPDATE analyse_territoriale SET supprime_le = now(), version = version + 1, modifie_le = now() WHERE id = ${id}`);
  await writeAnalyseAudit(tx, id, 'SUPPRESSION', viewer, { supprimeLe: { avant: null, apres: 'maintenant' } });
}
