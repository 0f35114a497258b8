import type { DataSource } from 'typeorm';
import { buildDansClause } from '../analyses/territoire-filter.sql';
import type { NiveauTerritorial, TerritoireRef } from '../analyses/territoire-graphql';
import type { DenominateurEmploi } from './emploi-ess.enums';
import { EMPLOI_COLONNES, EMPLOI_ORDRE_FICHE, toEmploiEss, type EmploiEssRow } from './emploi-ess.row';
import type { EmploiEss } from './emploi-ess.type';

export interface EmploiFiltre {
  niveau?: NiveauTerritorial | null;
  dans?: TerritoireRef | null;
  annee?: number | null;
  denominateur?: DenominateurEmploi | null;
}

export async function listEmplois(dataSource: DataSource, filtre: EmploiFiltre): Promise<EmploiEss[]> {
  const params: unknown[] = [filtre.niveau ?? null, filtre.annee ?? null, filtre.denominateur ?? null];
  const dans = buildDansClause('e.niveau', 'e.code', filtre.dans, params);
  const rows = (await dataSource.query(
    `SELECT ${EMPLOI_COLONNES} FROM emploi_ess e
     WHERE ($1::text IS NULL OR e.niveau = $1) AND ($2::int IS NULL OR e.annee = $2)
       AND ($3::text IS NULL OR e.denominateur = $3) AND ${dans}
     ORDER BY e.niveau, e.code, e.annee, e.source, e.id`,
    params,
  )) as EmploiEssRow[];
  return rows.map(toEmploiEss);
}

const cle = (niveau: string, code: string) => `${niveau}|${code}`;

// For a DataLoader: every figure of the given territories in one statement, grouped by territory.
export async function listEmploisParTerritoire(
  dataSource: DataSource,
  territoires: readonly { niveau: string; code: string }[],
  options: { annee?: number | null; denominateur?: DenominateurEmploi | null },
): Promise<EmploiEss[][]> {
  const rows = (await dataSource.query(
    `SELECT ${EMPLOI_COLONNES} FROM emploi_ess e
     JOIN unnest($1::text[], $2::text[]) AS k(niveau, code) ON k.niveau = e.niveau AND k.code = e.code
     WHERE ($3::int IS NULL OR e.annee = $3) AND ($4::text IS NULL OR e.denominateur = $4)
     ORDER BY e.annee, e.source, e.id`,
    [territoires.map((t) => t.niveau), territoires.map((t) => t.code), options.annee ?? null, options.denominateur ?? null],
  )) as EmploiEssRow[];
  const parCle = new Map<string, EmploiEss[]>();
  for (const row of rows) {
    const k = cle(row.niveau, row.code);
    parCle.set(k, [...(parCle.get(k) ?? []), toEmploiEss(row)]);
  }
  return territoires.map((t) => parCle.get(cle(t.niveau, t.code)) ?? []);
}

// The figure the fiche shows for each territory (latest; see EMPLOI_ORDRE_FICHE), in one statement.
export async function listEmploisFiche(
  dataSource: DataSource,
  territoires: readonly { niveau: string; code: string }[],
): Promise<(EmploiEss | null)[]> {
  const rows = (await dataSource.query(
    `SELECT DISTINCT ON (e.niveau, e.code) ${EMPLOI_COLONNES} FROM emploi_ess e
     JOIN unnest($1::text[], $2::text[]) AS k(niveau, code) ON k.niveau = e.niveau AND k.code = e.code
     ORDER BY e.niveau, e.code, ${EMPLOI_ORDRE_FICHE}`,
    [territoires.map((t) => t.niveau), territoires.map((t) => t.code)],
  )) as EmploiEssRow[];
  const parCle = new Map(rows.map((r) => [cle(r.niveau, r.code), toEmploiEss(r)]));
  return territoires.map((t) => parCle.get(cle(t.niveau, t.code)) ?? null);
}
