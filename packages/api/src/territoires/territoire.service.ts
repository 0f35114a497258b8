import type { DataSource } from 'typeorm';
import { normalizeSearch } from '@poles-ess/shared';
import { buildConnection, type Connection } from '../common/connection';
import type { Page } from '../common/pagination';
import type { NiveauTerritorial } from './territoire.enums';
import { territoireColumns, toTerritoire, type TerritoireRow } from './territoire.row';
import type { Territoire, TerritoireRef } from './territoire.type';
import { preparedQuery } from '../common/prepared-query';

export interface ListTerritoiresArgs {
  niveau: NiveauTerritorial;
  dans?: TerritoireRef | null;
  recherche?: string | null;
  page: Page;
}

// Current members of « dans » ($2, $3), for a territory aliased `alias`.
function dansFilter(alias: string): string {
  return `($2::text IS NULL OR EXISTS (
           SELECT 1 FROM territoire_lien l
           WHERE l.niveau_membre = ${alias}.niveau AND l.code_membre = ${alias}.code
             AND l.niveau_parent = $2 AND l.code_parent = $3 AND l.date_fin IS NULL))`;
}

// Names starting with the searched words ($4) come first.
const commence = (alias: string) =>
  `(${alias}.nom_recherche LIKE $4::text || '%' OR ${alias}.nom_recherche LIKE '% ' || $4::text || '%')`;

// A search counts and ranks its matches on territoire_recherche (narrow copy, trigram index), or finds a code; then
// only the page's rows are read in full. A statement of its own: behind « $4 IS NULL OR … » a generic plan could
// not use the trigram index.
const RECHERCHE_SQL = `WITH page AS (
       SELECT r.code, count(*) OVER ()::int AS total
       FROM territoire_recherche r
       WHERE r.niveau = $1 AND ${dansFilter('r')}
         AND (r.nom_recherche LIKE '%' || $4::text || '%' OR r.code = upper($5::text))
       ORDER BY ${commence('r')} DESC, r.nom_recherche, r.code
       LIMIT $6 OFFSET $7)
     SELECT ${territoireColumns('t')}, page.total
     FROM page JOIN territoire t ON t.niveau = $1 AND t.code = page.code
     ORDER BY ${commence('t')} DESC, t.nom_recherche, t.code`;

// Lists, and searches with no trigram to look up (« sa » matches most communes): counted and ranked on the
// narrow btree index (niveau, nom_recherche, code).
const LISTE_SQL = `WITH page AS (
       SELECT t.code, count(*) OVER ()::int AS total
       FROM territoire t
       WHERE t.niveau = $1 AND ${dansFilter('t')}
         AND ($4::text IS NULL OR t.nom_recherche LIKE '%' || $4 || '%' OR t.code = upper($5::text))
       ORDER BY ($4::text IS NOT NULL AND ${commence('t')}) DESC, t.nom_recherche, t.code
       LIMIT $6 OFFSET $7)
     SELECT ${territoireColumns('t')}, page.total
     FROM page JOIN territoire t ON t.niveau = $1 AND t.code = page.code
     ORDER BY ($4::text IS NOT NULL AND ${commence('t')}) DESC, t.nom_recherche, t.code`;

// One statement per request: filter by current membership (« dans ») and accent-free search, count with a window.
export async function listTerritoires(
  dataSource: DataSource,
  args: ListTerritoiresArgs,
): Promise<Connection<Territoire>> {
  const saisie = args.recherche?.trim() ?? '';
  const recherche = normalizeSearch(saisie);
  const rows = await preparedQuery<TerritoireRow & { total: number }>(
    dataSource,
    /[a-z0-9]{3}/.test(recherche) ? RECHERCHE_SQL : LISTE_SQL,
    [
      args.niveau,
      args.dans?.niveau ?? null,
      args.dans?.code ?? null,
      recherche || null,
      saisie || null,
      args.page.limit,
      args.page.offset,
    ],
  );
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && (args.page.offset > 0 || args.page.limit === 0)) {
    // Past the end (or first: 0): the window gave no row, count apart.
    const counted = await listTerritoires(dataSource, { ...args, page: { limit: 1, offset: 0 } });
    total = counted.totalCount;
  }
  return buildConnection(rows.map(toTerritoire), total, args.page);
}
