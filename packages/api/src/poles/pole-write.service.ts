import type { EntityManager } from 'typeorm';
import { ApiError, badUserInput, notFound } from '../common/api-error';
import type { Viewer } from '../context';
import { buildAssignments, slugify, SIMPLE_COLUMNS } from './pole-columns';
import type { PoleDonnees } from './pole-donnees.schema';
import { POLE_COLUMNS, toPole, type PoleRow } from './pole.row';
import type { Pole } from './pole.type';
import { recomputePoleTerritoires } from './recompute-pole-territoires';
import { refreshCouvertureCommunes } from '../analyses/couverture-communes.refresh';

export type AuditAction = 'CREATION' | 'MODIFICATION' | 'SUPPRESSION' | 'RESTAURATION' | 'IMPORT';

type PoleEtat = Pole & { territoireAction: { niveau: string | null; code: string | null; libelle: string } | null };

export async function readPoleEtat(manager: EntityManager, id: string, lock = false): Promise<PoleEtat | null> {
  const rows = (await manager.query(
    `SELECT ${POLE_COLUMNS},
       (SELECT json_build_object('niveau', a.niveau, 'code', a.code, 'libelle', a.libelle)
          FROM pole_territoire_action a WHERE a.pole_id = p.id ORDER BY a.id LIMIT 1) AS "territoireAction"
     FROM pole p WHERE p.id = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [id],
  )) as (PoleRow & { territoireAction: PoleEtat['territoireAction'] })[];
  const row = rows[0];
  return row ? { ...toPole(row), territoireAction: row.territoireAction } : null;
}

async function checkCodes(manager: EntityManager, donnees: PoleDonnees): Promise<void> {
  const refs: { champ: string; niveau: string; code: string }[] = [];
  if (donnees.codeCommuneSiege) refs.push({ champ: 'codeCommuneSiege', niveau: 'COMMUNE', code: donnees.codeCommuneSiege });
  const action = donnees.territoireAction;
  if (action?.niveau && action.code) refs.push({ champ: 'territoireAction.code', niveau: action.niveau, code: action.code });
  if (refs.length === 0) return;
  const found = (await manager.query(
    'SELECT niveau, code FROM territoire WHERE (niveau, code) IN (SELECT * FROM unnest($1::text[], $2::text[]))',
    [refs.map((r) => r.niveau), refs.map((r) => r.code)],
  )) as { niveau: string; code: string }[];
  for (const ref of refs) {
    if (!found.some((f) => f.niveau === ref.niveau && f.code === ref.code)) {
      throw badUserInput(ref.champ, `Territoire inconnu : ${ref.niveau} ${ref.code}.`);
    }
  }
}

// An editor limited to a région may only write poles located (by pole_territoire) in that région.
async function checkRegion(manager: EntityManager, id: string, viewer: Viewer): Promise<void> {
  if (viewer.role !== 'editeur' || !viewer.codeRegion) return;
  const [row] = (await manager.query(
    `SELECT EXISTS (SELECT 1 FROM pole_territoire WHERE pole_id = $1 AND niveau = 'REGION' AND code = $2) AS ok`,
    [id, viewer.codeRegion],
  )) as { ok: boolean }[];
  if (!row?.ok) {
    throw new ApiError('FORBIDDEN', `Ce jeton ne permet de modifier que les pôles situés dans la région ${viewer.codeRegion}.`);
  }
}

function buildSources(donnees: PoleDonnees, viewer: Viewer): Record<string, string | null> {
  const defaut = donnees.source ?? `saisie par « ${viewer.nom ?? 'anonyme'} » le ${new Date().toISOString().slice(0, 10)}`;
  const sources: Record<string, string | null> = {};
  const fields = [...Object.keys(SIMPLE_COLUMNS), 'fonctions', 'documents', 'position', 'territoireAction'] as (keyof PoleDonnees)[];
  for (const field of fields) {
    if (field === 'source' || donnees[field] === undefined) continue;
    const value = donnees[field];
    const empty = value === null || (Array.isArray(value) && value.length === 0);
    sources[field] = empty ? null : (donnees.sources?.[field] ?? defaut);
  }
  return sources;
}

function diff(before: PoleEtat | null, after: PoleEtat): Record<string, { avant: unknown; apres: unknown }> {
  const ignored = new Set(['id', 'version', 'creeLe', 'modifieLe', 'sources', 'physique', 'supprimeLe']);
  const changes: Record<string, { avant: unknown; apres: unknown }> = {};
  for (const [key, apres] of Object.entries(after)) {
    if (ignored.has(key)) continue;
    const avant = before ? (before as unknown as Record<string, unknown>)[key] : null;
    if (JSON.stringify(avant ?? null) !== JSON.stringify(apres ?? null)) changes[key] = { avant: avant ?? null, apres: apres ?? null };
  }
  return changes;
}

export async function writeAudit(
  manager: EntityManager,
  poleId: string,
  action: AuditAction,
  viewer: Viewer,
  changements: Record<string, unknown>,
): Promise<void> {
  await manager.query('INSERT INTO pole_audit (pole_id, action, jeton_id, auteur, changements) VALUES ($1, $2, $3, $4, $5::jsonb)', [
    poleId,
    action,
    viewer.tokenId,
    viewer.nom,
    JSON.stringify(changements),
  ]);
}

async function uniqueSlug(manager: EntityManager, base: string): Promise<string> {
  const rows = (await manager.query(`SELECT slug FROM pole WHERE slug = $1 OR slug LIKE $1 || '-%'`, [base])) as { slug: string }[];
  const taken = new Set(rows.map((r) => r.slug));
  let slug = base;
  for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
  return slug;
}

async function replaceTerritoireAction(manager: EntityManager, id: string, donnees: PoleDonnees): Promise<void> {
  if (donnees.territoireAction === undefined) return;
  await manager.query('DELETE FROM pole_territoire_action WHERE pole_id = $1', [id]);
  const action = donnees.territoireAction;
  if (action) {
    await manager.query('INSERT INTO pole_territoire_action (pole_id, niveau, code, libelle) VALUES ($1, $2, $3, $4)', [
      id,
      action.niveau ?? null,
      action.code ?? null,
      action.libelle,
    ]);
  }
}

export interface WriteOptions {
  viewer: Viewer;
  action?: AuditAction;
  // Seed and CLI: unknown territory codes leave the position unknown instead of failing.
  codesInconnusAcceptes?: boolean;
  // Imports recompute the territories of all their poles at once, at the end (admin only: no région check).
  territoiresDifferes?: boolean;
}

async function placePole(manager: EntityManager, id: string, options: WriteOptions): Promise<void> {
  if (options.territoiresDifferes && options.viewer.role === 'admin') return;
  await recomputePoleTerritoires(manager, [id]);
  await refreshCouvertureCommunes(manager);
  await checkRegion(manager, id, options.viewer);
}

export async function createPoleIn(manager: EntityManager, donnees: PoleDonnees, options: WriteOptions): Promise<string> {
  if (!options.codesInconnusAcceptes) await checkCodes(manager, donnees);
  const slug = donnees.slug ?? (await uniqueSlug(manager, slugify(donnees.nom!)));
  const withPosition: PoleDonnees = { ...donnees, position: donnees.position ?? null };
  const params: unknown[] = [];
  const next = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const assignments = buildAssignments(withPosition, `${donnees.nom} ${donnees.territoireAction?.libelle ?? ''}`);
  const columns = ['slug', 'sources', ...assignments.map((a) => a.column)];
  const values = [next(slug), `${next(JSON.stringify(stripNulls(buildSources(withPosition, options.viewer))))}::jsonb`, ...assignments.map((a) => a.sql(next))];
  const [row] = (await manager.query(`INSERT INTO pole (${columns.join(', ')}) VALUES (${values.join(', ')}) RETURNING id`, params)) as {
    id: string;
  }[];
  const id = row!.id;
  await replaceTerritoireAction(manager, id, donnees);
  await placePole(manager, id, options);
  const after = await readPoleEtat(manager, id);
  await writeAudit(manager, id, options.action ?? 'CREATION', options.viewer, diff(null, after!));
  return id;
}

function stripNulls(sources: Record<string, string | null>): Record<string, string> {
  return Object.fromEntries(Object.entries(sources).filter((entry): entry is [string, string] => entry[1] !== null));
}

export async function updatePoleIn(
  manager: EntityManager,
  id: string,
  version: number | null,
  donnees: PoleDonnees,
  options: WriteOptions,
): Promise<void> {
  const before = await readPoleEtat(manager, id, true);
  if (!before || before.supprimeLe) throw notFound(`Pôle introuvable : ${id}.`);
  if (version !== null && version !== before.version) {
    throw new ApiError('CONFLICT', `Ce pôle a été modifié entre-temps (version ${before.version}, vous aviez la version ${version}) : rechargez-le.`, {
      versionActuelle: before.version,
    });
  }
  await checkRegion(manager, id, options.viewer);
  if (!options.codesInconnusAcceptes) await checkCodes(manager, donnees);
  const params: unknown[] = [id];
  const next = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const libelle = donnees.territoireAction !== undefined ? donnees.territoireAction?.libelle : before.territoireAction?.libelle;
  const assignments = buildAssignments(donnees, `${donnees.nom ?? before.nom} ${libelle ?? ''}`);
  const sources = buildSources(donnees, options.viewer);
  const removed = Object.keys(sources).filter((key) => sources[key] === null);
  const sets = [
    ...assignments.map((a) => `${a.column} = ${a.sql(next)}`),
    `sources = (sources - ${next(removed)}::text[]) || ${next(JSON.stringify(stripNulls(sources)))}::jsonb`,
    'version = version + 1',
    'modifie_le = now()',
  ];
  await manager.query(`UPDATE pole SET ${sets.join(', ')} WHERE id = $1`, params);
  await replaceTerritoireAction(manager, id, donnees);
  await placePole(manager, id, options);
  const after = await readPoleEtat(manager, id);
  const changes = diff(before, after!);
  await writeAudit(manager, id, options.action ?? 'MODIFICATION', options.viewer, changes);
}

export async function setPoleSupprime(manager: EntityManager, id: string, supprime: boolean, version: number | null, viewer: Viewer): Promise<void> {
  const before = await readPoleEtat(manager, id, true);
  if (!before) throw notFound(`Pôle introuvable : ${id}.`);
  if (version !== null && version !== before.version) {
    throw new ApiError('CONFLICT', `Ce pôle a été modifié entre-temps (version ${before.version}) : rechargez-le.`, {
      versionActuelle: before.version,
    });
  }
  if (Boolean(before.supprimeLe) === supprime) {
    throw new ApiError('CONFLICT', supprime ? 'Ce pôle est déjà supprimé.' : "Ce pôle n'est pas supprimé.");
  }
  await checkRegion(manager, id, viewer);
  await manager.query(
    `UPDATE pole SET supprime_le = ${supprime ? 'now()' : 'NULL'}, version = version + 1, modifie_le = now() WHERE id = $1`,
    [id],
  );
  await refreshCouvertureCommunes(manager);
  await writeAudit(manager, id, supprime ? 'SUPPRESSION' : 'RESTAURATION', viewer, {
    supprimeLe: { avant: before.supprimeLe, apres: supprime ? 'maintenant' : null },
  });
}
