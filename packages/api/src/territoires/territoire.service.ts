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

// One statement: filter by current membership (« dans ») and accent-free search, count with a window.
// Names starting with the searched words come first. The matches are counted and ranked on the narrow index
// (niveau, nom_recherche, code), then only the page's rows are read in full.
export async function listTerritoires(dataSource: DataSource, args: ListTerritoiresArgs): Promise<Connection<Territoire>> {
  const recherche = args.recherche ? normalizeSearch(args.recherche) : null;
  const debut = "($4::text IS NOT NULL AND (t.nom_recherche LIKE $4 || '%' OR t.nom_recherche LIKE '% ' || $4 || '%')) DESC, t.nom_recherche, t.code";
  const rows = await preparedQuery<TerritoireRow & { total: number }>(
    dataSource,
    `WITH page AS (
       SELECT t.code, count(*) OVER ()::int AS total
       FROM territoire t
       WHERE t.niveau = $1
         AND ($2::text IS NULL OR EXISTS (
           SELECT 1 FROM territoire_lien l
           WHERE l.niveau_membre = t.niveau AND l.code_membre = t.code
             AND l.niveau_parent = $2 AND l.code_parent = $3 AND l.date_fin IS NULL))
         AND ($4::text IS NULL OR t.nom_recherche LIKE '%' || $4 || '%' OR t.code = upper($5))
       ORDER BY ${debut}
       LIMIT $6 OFFSET $7)
     SELECT ${territoireColumns('t')}, page.total
     FROM page JOIN territoire t ON t.niveau = $1 AND t.code = page.code
     ORDER BY ${debut}`,
    [args.niveau, args.dans?.niveau ?? null, args.dans?.code ?? null, recherche || null, args.recherche?.trim() ?? null, args.page.limit, args.page.offset],
  );
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && (args.page.offset > 0 || args.page.limit === 0)) {
    // Past the end (or first: 0): the window gave no row, count apart.
    const counted = await listTerritoires(dataSource, { ...args, page: { limit: 1, offset: 0 } });
    total = counted.totalCount;
  }
  return buildConnection(rows.map(toTerritoire), total, args.page);
}
