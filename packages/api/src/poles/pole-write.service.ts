import type { DonneesDerivees, RafraichirDerivees } from '../context';
import type { Viewer } from '../common/viewer';
import { join, raw, sql } from '../common/sql';
import type { Executor } from '../database/executor';
import { CHAMPS_SOURCES } from './champs-sources';
import type { ActionAudit } from './pole-audit.entity';
import type { PoleDonnees } from './pole-donnees.schema';
import { poleErreur } from './pole.errors';
import { POLE_SELECT, toPole, type PoleRow } from './pole-select.sql';
import { buildAssignments } from './pole-write.sql';
import type { Pole } from './pole.entity';
import { recomputePoleTerritoires } from './recompute-pole-territoires';
import { slugify } from './slugify';
import type { TerritoireAction } from './pole-territoire-action.entity';

export type PoleEtat = Pole & { territoireAction: Pick<TerritoireAction, 'niveau' | 'code' | 'libelle'> | null };

export async function readPoleEtat(tx: Executor, id: string, lock = false): Promise<PoleEtat | null> {
  const [row] = await tx.query<PoleRow & { territoireAction: PoleEtat['territoireAction'] }>(
    sql`SELECT ${POLE_SELECT},
       (SELECT json_build_object('niveau', a.niveau, 'code', a.code, 'libelle', a.libelle)
          FROM pole_territoire_action a WHERE a.pole_id = p.id ORDER BY a.id LIMIT 1) AS "territoireAction"
     FROM pole p WHERE p.id = ${id} ${lock ? raw('FOR UPDATE') : raw('')}`,
  );
  return row ? { ...toPole(row), territoireAction: row.territoireAction } : null;
}

async function checkCodes(tx: Executor, donnees: PoleDonnees): Promise<void> {
  const refs: { champ: string; niveau: string; code: string }[] = [];
  if (donnees.codeCommuneSiege) refs.push({ champ: 'codeCommuneSiege', niveau: 'COMMUNE', code: donnees.codeCommuneSiege });
  const action = donnees.territoireAction;
  if (action?.niveau && action.code) refs.push({ champ: 'territoireAction.code', niveau: action.niveau, code: action.code });
  if (refs.length === 0) return;
  const found = await tx.query<{ niveau: string; code: string }>(
    sql`SELECT niveau, code FROM territoire WHERE (niveau, code) IN (SELECT * FROM unnest(${refs.map((r) => r.niveau)}::text[], ${refs.map((r) => r.code)}::text[]))`,
  );
  const inconnu = refs.find((ref) => !found.some((f) => f.niveau === ref.niveau && f.code === ref.code));
  if (inconnu) throw poleErreur({ raison: 'TERRITOIRE_INCONNU', ...inconnu });
}

// An editor limited to a région may only write poles located (by pole_territoire) in that région.
async function checkRegion(tx: Executor, id: string, viewer: Viewer): Promise<void> {
  if (viewer.role !== 'editeur' || !viewer.codeRegion) return;
  const [row] = await tx.query<{ ok: boolean }>(
    sql`SELECT EXISTS (SELECT 1 FROM pole_territoire WHERE pole_id = ${id} AND niveau = 'REGION' AND code = ${viewer.codeRegion}) AS ok`,
  );
  if (!row?.ok) throw poleErreur({ raison: 'HORS_REGION', codeRegion: viewer.codeRegion });
}

// The source of each value written: given field by field, else the write's own, else who wrote it and when.
export function buildSources(donnees: PoleDonnees, viewer: Viewer): Record<string, string | null> {
  const valeurs = donnees as Record<string, unknown>;
  const defaut = donnees.source ?? `saisie par « ${viewer.nom ?? 'anonyme'} » le ${new Date().toISOString().slice(0, 10)}`;
  const sources: Record<string, string | null> = {};
  for (const field of CHAMPS_SOURCES) {
    const value = valeurs[field];
    if (value === undefined) continue;
    const empty = value === null || (Array.isArray(value) && value.length === 0);
    sources[field] = empty ? null : (donnees.sources?.[field] ?? defaut);
  }
  return sources;
}

export function stripNulls(sources: Record<string, string | null>): Record<string, string> {
  return Object.fromEntries(Object.entries(sources).filter((entry): entry is [string, string] => entry[1] !== null));
}

const NON_AUDITES = new Set(['id', 'version', 'creeLe', 'modifieLe', 'sources', 'sourcesParChamp', 'physique', 'supprimeLe']);

export function diff(before: PoleEtat | null, after: PoleEtat): Record<string, { avant: unknown; apres: unknown }> {
  const changes: Record<string, { avant: unknown; apres: unknown }> = {};
  for (const [key, apres] of Object.entries(after)) {
    if (NON_AUDITES.has(key)) continue;
    const avant = before ? (before as unknown as Record<string, unknown>)[key] : null;
    if (JSON.stringify(avant ?? null) !== JSON.stringify(apres ?? null)) changes[key] = { avant: avant ?? null, apres: apres ?? null };
  }
  return changes;
}

async function writeAudit(tx: Executor, poleId: string, action: ActionAudit, viewer: Viewer, changements: Record<string, unknown>): Promise<void> {
  await tx.query(
    sql`INSERT INTO pole_audit (pole_id, action, jeton_id, auteur, changements)
        VALUES (${poleId}, ${action}, ${viewer.jetonId}, ${viewer.nom}, ${JSON.stringify(changements)}::jsonb)`,
  );
}

// Creates of the same name wait for each other (a transaction-long lock on the slug's hash): the second one sees the
// first's slug and takes the next, instead of failing on the unique key.
async function uniqueSlug(tx: Executor, base: string): Promise<string> {
  await tx.query(sql`SELECT pg_advisory_xact_lock(2002, hashtext(${base}))`);
  const rows = await tx.query<{ slug: string }>(sql`SELECT slug FROM pole WHERE slug = ${base} OR slug LIKE ${base} || '-%'`);
  const taken = new Set(rows.map((r) => r.slug));
  let slug = base;
  for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
  return slug;
}

async function replaceTerritoireAction(tx: Executor, id: string, donnees: PoleDonnees): Promise<void> {
  if (donnees.territoireAction === undefined) return;
  await tx.query(sql`DELETE FROM pole_territoire_action WHERE pole_id = ${id}`);
  const action = donnees.territoireAction;
  if (action) {
    await tx.query(
      sql`INSERT INTO pole_territoire_action (pole_id, niveau, code, libelle) VALUES (${id}, ${action.niveau ?? null}, ${action.code ?? null}, ${action.libelle})`,
    );
  }
}

export interface WriteOptions {
  viewer: Viewer;
  derivees: DonneesDerivees;
  action?: ActionAudit;
  // Seed and CLI: unknown territory codes leave the position unknown instead of failing.
  codesInconnusAcceptes?: boolean;
  // Imports recompute the territories of all their poles at once, at the end (admin only: no région check).
  territoiresDifferes?: boolean;
}

const differe = (options: WriteOptions) => Boolean(options.territoiresDifferes) && options.viewer.role === 'admin';

// The derived data's refresh for this write (none when the caller recomputes all at the end).
function suivre(tx: Executor, options: WriteOptions, ids: string[]): Promise<RafraichirDerivees> | null {
  return differe(options) ? null : options.derivees.avantEcriturePoles(tx, ids);
}

// What decides where a pole is (its territories, a derived position): a write that leaves it alone leaves them alone.
const lieu = (p: PoleEtat | null) =>
  p && JSON.stringify([p.codeCommuneSiege, p.position, p.positionDerivee, p.precisionPosition, p.territoireAction?.niveau, p.territoireAction?.code]);

async function placePole(tx: Executor, id: string, options: WriteOptions): Promise<void> {
  if (differe(options)) return;
  await recomputePoleTerritoires(tx, [id]);
  await checkRegion(tx, id, options.viewer);
}

export async function createPoleIn(tx: Executor, donnees: PoleDonnees, options: WriteOptions): Promise<string> {
  if (!options.codesInconnusAcceptes) await checkCodes(tx, donnees);
  const slug = donnees.slug ?? (await uniqueSlug(tx, slugify(donnees.nom!)));
  const withPosition: PoleDonnees = { ...donnees, position: donnees.position ?? null };
  const assignments = buildAssignments(withPosition, `${donnees.nom} ${donnees.territoireAction?.libelle ?? ''}`);
  const sources = JSON.stringify(stripNulls(buildSources(withPosition, options.viewer)));
  const [row] = await tx.query<{ id: string }>(
    sql`INSERT INTO pole (slug, sources, ${raw(assignments.map((a) => a.column).join(', '))})
        VALUES (${slug}, ${sources}::jsonb, ${join(assignments.map((a) => a.value))}) RETURNING id`,
  );
  const id = row!.id;
  const rafraichir = await suivre(tx, options, []);
  await replaceTerritoireAction(tx, id, donnees);
  await placePole(tx, id, options);
  await rafraichir?.([id]);
  const after = await readPoleEtat(tx, id);
  await writeAudit(tx, id, options.action ?? 'CREATION', options.viewer, diff(null, after!));
  return id;
}

export async function updatePoleIn(tx: Executor, id: string, version: number | null, donnees: PoleDonnees, options: WriteOptions): Promise<void> {
  const before = await readPoleEtat(tx, id, true);
  if (!before || before.supprimeLe) throw poleErreur({ raison: 'POLE_INTROUVABLE', id });
  if (version !== null && version !== before.version) {
    throw poleErreur({ raison: 'VERSION_PERIMEE', versionActuelle: before.version, versionLue: version });
  }
  await checkRegion(tx, id, options.viewer);
  if (!options.codesInconnusAcceptes) await checkCodes(tx, donnees);
  const libelle = donnees.territoireAction !== undefined ? donnees.territoireAction?.libelle : before.territoireAction?.libelle;
  const assignments = buildAssignments(donnees, `${donnees.nom ?? before.nom} ${libelle ?? ''}`);
  const sources = buildSources(donnees, options.viewer);
  const effacees = Object.keys(sources).filter((key) => sources[key] === null);
  const sets = [
    ...assignments.map((a) => sql`${raw(a.column)} = ${a.value}`),
    sql`sources = (sources - ${effacees}::text[]) || ${JSON.stringify(stripNulls(sources))}::jsonb`,
    sql`version = version + 1`,
    sql`modifie_le = now()`,
  ];
  const rafraichir = await suivre(tx, options, [id]);
  await tx.query(sql`UPDATE pole SET ${join(sets, ', ')} WHERE id = ${id}`);
  await replaceTerritoireAction(tx, id, donnees);
  let after = await readPoleEtat(tx, id);
  if (lieu(after) !== lieu(before)) {
    await placePole(tx, id, options);
    after = await readPoleEtat(tx, id);
  }
  await rafraichir?.([id]);
  await writeAudit(tx, id, options.action ?? 'MODIFICATION', options.viewer, diff(before, after!));
}

export async function setPoleSupprime(
  tx: Executor,
  id: string,
  supprime: boolean,
  version: number | null,
  options: Pick<WriteOptions, 'viewer' | 'derivees'>,
): Promise<void> {
  const before = await readPoleEtat(tx, id, true);
  if (!before) throw poleErreur({ raison: 'POLE_INTROUVABLE', id });
  if (version !== null && version !== before.version) {
    throw poleErreur({ raison: 'VERSION_PERIMEE', versionActuelle: before.version, versionLue: null });
  }
  if (Boolean(before.supprimeLe) === supprime) throw poleErreur({ raison: supprime ? 'DEJA_SUPPRIME' : 'NON_SUPPRIME' });
  await checkRegion(tx, id, options.viewer);
  const rafraichir = await options.derivees.avantEcriturePoles(tx, [id]);
  await tx.query(sql`UPDATE pole SET supprime_le = ${supprime ? raw('now()') : raw('NULL')}, version = version + 1, modifie_le = now() WHERE id = ${id}`);
  await rafraichir([id]);
  await writeAudit(tx, id, supprime ? 'SUPPRESSION' : 'RESTAURATION', options.viewer, {
    supprimeLe: { avant: before.supprimeLe, apres: supprime ? 'maintenant' : null },
  });
}
