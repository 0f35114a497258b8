import { sql } from '../common/sql';
import type { Database } from '../database/database';
import type { NiveauTerritorial } from '../territoires/territoire.enums';
import { buildDansClause } from '../territoires/territoire-filter.sql';
import type { TerritoireRef } from '../territoires/territoire-ref.input';
import { ChampEss, DenominateurEmploi } from './emploi-ess.enums';
import type { EmploiEss } from './emploi-ess.entity';
import { EMPLOI_ORDRE_DERNIER, EMPLOI_ORDRE_FICHE, EMPLOI_SELECT, toEmploiEss, type EmploiEssRow } from './emploi-select.sql';

export interface EmploiFiltre {
  niveau?: NiveauTerritorial | null;
  dans?: TerritoireRef | null;
  annee?: number | null;
  denominateur?: DenominateurEmploi | null;
  champ?: ChampEss | null;
  dernier?: boolean | null;
}

// « The latest comparable value »: one denominator and one field (by default the total salaried employment and
// the four families), head counts only, a known year; then the latest per territory.
export function resolveDernier(filtre: EmploiFiltre): Required<Pick<EmploiFiltre, 'denominateur' | 'champ'>> {
  return {
    denominateur: filtre.denominateur ?? DenominateurEmploi.EMPLOI_SALARIE_TOTAL,
    champ: filtre.champ ?? ChampEss.QUATRE_FAMILLES,
  };
}

export async function listEmplois(db: Database, filtre: EmploiFiltre): Promise<EmploiEss[]> {
  const { denominateur, champ } = filtre.dernier ? resolveDernier(filtre) : { denominateur: filtre.denominateur ?? null, champ: filtre.champ ?? null };
  const where = sql`(${filtre.niveau ?? null}::text IS NULL OR e.niveau = ${filtre.niveau ?? null})
          AND (${filtre.annee ?? null}::int IS NULL OR e.annee = ${filtre.annee ?? null})
          AND (${denominateur}::text IS NULL OR e.denominateur = ${denominateur})
          AND (${champ}::text IS NULL OR e.champ = ${champ})
          AND ${buildDansClause('e.niveau', 'e.code', filtre.dans)}`;
  const rows = await db.query<EmploiEssRow>(
    filtre.dernier
      ? sql`SELECT * FROM (
              SELECT DISTINCT ON (e.niveau, e.code) ${EMPLOI_SELECT} FROM emploi_ess e
              WHERE ${where} AND e.annee IS NOT NULL AND e.unite_effectif = 'POSTES'
              ORDER BY e.niveau, e.code, ${EMPLOI_ORDRE_DERNIER}
            ) d ORDER BY d.niveau, d.code`
      : sql`SELECT ${EMPLOI_SELECT} FROM emploi_ess e WHERE ${where}
            ORDER BY e.niveau, e.code, e.annee NULLS LAST, e.source, e.id`,
  );
  return rows.map(toEmploiEss);
}

const cle = (niveau: string, code: string) => `${niveau}|${code}`;

// For a DataLoader: every figure of the given territories in one statement, grouped by territory.
export async function listEmploisParTerritoire(
  db: Database,
  territoires: readonly { niveau: string; code: string }[],
  options: Pick<EmploiFiltre, 'annee' | 'denominateur' | 'champ' | 'dernier'>,
): Promise<EmploiEss[][]> {
  const { denominateur, champ } = options.dernier ? resolveDernier(options) : { denominateur: options.denominateur ?? null, champ: options.champ ?? null };
  const joint = sql`FROM emploi_ess e
        JOIN unnest(${territoires.map((t) => t.niveau)}::text[], ${territoires.map((t) => t.code)}::text[]) AS k(niveau, code)
          ON k.niveau = e.niveau AND k.code = e.code
        WHERE (${options.annee ?? null}::int IS NULL OR e.annee = ${options.annee ?? null})
          AND (${denominateur}::text IS NULL OR e.denominateur = ${denominateur})
          AND (${champ}::text IS NULL OR e.champ = ${champ})`;
  const rows = await db.query<EmploiEssRow>(
    options.dernier
      ? sql`SELECT DISTINCT ON (e.niveau, e.code) ${EMPLOI_SELECT} ${joint} AND e.annee IS NOT NULL AND e.unite_effectif = 'POSTES'
            ORDER BY e.niveau, e.code, ${EMPLOI_ORDRE_DERNIER}`
      : sql`SELECT ${EMPLOI_SELECT} ${joint} ORDER BY e.annee NULLS LAST, e.source, e.id`,
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
