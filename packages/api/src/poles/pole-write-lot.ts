import type { Viewer } from '../common/viewer';
import { join, raw, sql, type Sql } from '../common/sql';
import type { Executor } from '../database/executor';
import type { ActionAudit } from './pole-audit.entity';
import type { PoleDonnees } from './pole-donnees.schema';
import { POLE_SELECT, toPole, type PoleRow } from './pole-select.sql';
import { buildSources, diff, stripNulls, type PoleEtat } from './pole-write.service';
import { buildAssignments } from './pole-write.sql';

// The states of many poles in one statement (readPoleEtat's columns).
export async function readPoleEtats(tx: Executor, ids: readonly string[]): Promise<Map<string, PoleEtat>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.query<PoleRow & { territoireAction: PoleEtat['territoireAction'] }>(
    sql`SELECT ${POLE_SELECT},
       (SELECT json_build_object('niveau', a.niveau, 'code', a.code, 'libelle', a.libelle)
          FROM pole_territoire_action a WHERE a.pole_id = p.id ORDER BY a.id LIMIT 1) AS "territoireAction"
     FROM pole p WHERE p.id = ANY(${ids}::uuid[])`,
  );
  return new Map(rows.map((row) => [row.id, { ...toPole(row), territoireAction: row.territoireAction }]));
}

// Creates poles whose slug is free, as createPoleIn does one by one, in a few statements: an import of 100,000 lines
// wrote 7 statements per pole (19 minutes). Territories are left to the caller (recomputePoleTerritoires at the end).
// Each pole's columns are the fields it was given; the others take their default.
export async function createPolesIn(tx: Executor, lot: readonly PoleDonnees[], viewer: Viewer, action: ActionAudit): Promise<string[]> {
  if (lot.length === 0) return [];
  const lignes = lot.map((donnees) => {
    const withPosition: PoleDonnees = { ...donnees, position: donnees.position ?? null };
    const assignments = new Map(buildAssignments(withPosition, `${donnees.nom} ${donnees.territoireAction?.libelle ?? ''}`).map((a) => [a.column, a.value]));
    return { donnees, assignments, sources: JSON.stringify(stripNulls(buildSources(withPosition, viewer))) };
  });
  const colonnes = [...new Set(lignes.flatMap((l) => [...l.assignments.keys()]))];
  const valeurs = lignes.map((l) => sql`(${l.donnees.slug!}, ${l.sources}::jsonb, ${join(colonnes.map((c): Sql => l.assignments.get(c) ?? raw('DEFAULT')))})`);
  const created = await tx.query<{ id: string; slug: string }>(
    sql`INSERT INTO pole (slug, sources, ${raw(colonnes.join(', '))}) VALUES ${join(valeurs)} RETURNING id, slug`,
  );
  const idDe = new Map(created.map((r) => [r.slug, r.id]));
  const ids = lot.map((d) => idDe.get(d.slug!)!);
  const actions = lot.flatMap((d, i) => (d.territoireAction ? [{ id: ids[i]!, ...d.territoireAction }] : []));
  if (actions.length > 0) {
    await tx.query(
      sql`INSERT INTO pole_territoire_action (pole_id, niveau, code, libelle)
          SELECT * FROM unnest(${actions.map((a) => a.id)}::uuid[], ${actions.map((a) => a.niveau ?? null)}::text[],
                               ${actions.map((a) => a.code ?? null)}::text[], ${actions.map((a) => a.libelle)}::text[])`,
    );
  }
  const etats = await readPoleEtats(tx, ids);
  const changements = ids.map((id) => JSON.stringify(diff(null, etats.get(id)!)));
  await tx.query(
    sql`INSERT INTO pole_audit (pole_id, action, jeton_id, auteur, changements)
        SELECT id, ${action}::text, ${viewer.jetonId}::uuid, ${viewer.nom}::text, c::jsonb FROM unnest(${ids}::uuid[], ${changements}::text[]) AS x(id, c)`,
  );
  return ids;
}
