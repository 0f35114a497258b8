import { sql } from '../common/sql';
import type { Database } from '../database/database';
import type { NiveauTerritorial } from '../territoires/territoire.enums';
import { buildDansClause } from '../territoires/territoire-filter.sql';
import type { TerritoireRef } from '../territoires/territoire-ref.input';
import type { DenominateurEmploi } from './emploi-ess.enums';
import type { EmploiEss } from './emploi-ess.entity';
import { EMPLOI_ORDRE_FICHE, EMPLOI_SELECT, toEmploiEss, type EmploiEssRow } from './emploi-select.sql';

export interface EmploiFiltre {
  niveau?: NiveauTerritorial | null;
  dans?: TerritoireRef | null;
  annee?: number | null;
  denominateur?: DenominateurEmploi | null;
}

export async function listEmplois(db: Database, filtre: EmploiFiltre): Promise<EmploiEss[]> {
  const rows = await db.query<EmploiEssRow>(
    sql`SELECT ${EMPLOI_SELECT} FROM emploi_ess e
        WHERE (${filtre.niveau ?? null}::text IS NULL OR e.niveau = ${filtre.niveau ?? null})
          AND (${filtre.annee ?? null}::int IS NULL OR e.annee = ${filtre.annee ?? null})
          AND (${filtre.denominateur ?? null}::text IS NULL OR e.denominateur = ${filtre.denominateur ?? null})
          AND ${buildDansClause('e.niveau', 'e.code', filtre.dans)}
        ORDER BY e.niveau, e.code, e.annee, e.source, e.id`,
  );
  return rows.map(toEmploiEss);
}

const cle = (niveau: string, code: string) => `${niveau}|${code}`;

// For a DataLoader: every figure of the given territories in one statement, grouped by territory.
export async function listEmploisParTerritoire(
  db: Database,
  territoires: readonly { niveau: string; code: string }[],
  options: { annee?: number | null; denominateur?: DenominateurEmploi | null },
): Promise<EmploiEss[][]> {
  const rows = await db.query<EmploiEssRow>(
    sql`SELECT ${EMPLOI_SELECT} FROM emploi_ess e
        JOIN unnest(${territoires.map((t) => t.niveau)}::text[], ${territoires.map((t) => t.code)}::text[]) AS k(niveau, code)
          ON k.niveau = e.niveau AND k.code = e.code
        WHERE (${options.annee ?? null}::int IS NULL OR e.annee = ${options.annee ?? null})
          AND (${options.denominateur ?? null}::text IS NULL OR e.denominateur = ${options.denominateur ?? null})
        ORDER BY e.annee, e.source, e.id`,
  );
  const parCle = new Map<string, EmploiEss[]>();
  for (const row of rows) {
    const k = cle(row.niveau, row.code);
    parCle.set(k, [...(parCle.get(k) ?? []), toEmploiEss(row)]);
  }
  return territoires.map((t) => parCle.get(cle(t.niveau, t.code)) ?? []);
}

// The figure the fiche shows for each territory (latest; see EMPLOI_ORDRE_FICHE), in one statement.
export async function listEmploisFiche(db: Database, territoires: readonly { niveau: string; code: string }[]): Promise<(EmploiEss | null)[]> {
  const rows = await db.query<EmploiEssRow>(
    sql`SELECT DISTINCT ON (e.niveau, e.code) ${EMPLOI_SELECT} FROM emploi_ess e
        JOIN unnest(${territoires.map((t) => t.niveau)}::text[], ${territoires.map((t) => t.code)}::text[]) AS k(niveau, code)
          ON k.niveau = e.niveau AND k.code = e.code
        ORDER BY e.niveau, e.code, ${EMPLOI_ORDRE_FICHE}`,
  );
  const parCle = new Map(rows.map((r) => [cle(r.niveau, r.code), toEmploiEss(r)]));
  return territoires.map((t) => parCle.get(cle(t.niveau, t.code)) ?? null);
}
