import { normalizeSearch } from '@poles-ess/shared';
import { buildConnection, type Connection } from '../common/connection';
import type { Page } from '../common/pagination';
import { raw, sql, type Sql } from '../common/sql';
import type { Database } from '../database/database';
import type { NiveauTerritorial } from './territoire.enums';
import type { Territoire } from './territoire.entity';
import type { TerritoireRef } from './territoire-ref.input';
import { territoireColumns } from './territoire-select.sql';

export interface ListTerritoiresArgs {
  niveau: NiveauTerritorial;
  dans?: TerritoireRef | null;
  recherche?: string | null;
  page: Page;
}

interface Valeurs {
  niveau: string;
  dansNiveau: string | null;
  dansCode: string | null;
  recherche: string | null;
  saisie: string | null;
  page: Page;
}

// Current members of « dans », for a territory aliased `alias`.
const dansFilter = (alias: string, v: Valeurs) =>
  sql`(${v.dansNiveau}::text IS NULL OR EXISTS (
      SELECT 1 FROM territoire_lien l
      WHERE l.niveau_membre = ${raw(alias)}.niveau AND l.code_membre = ${raw(alias)}.code
        AND l.niveau_parent = ${v.dansNiveau} AND l.code_parent = ${v.dansCode} AND l.date_fin IS NULL))`;

// Names starting with the searched words come first.
const commence = (alias: string, recherche: string | null) =>
  sql`(${raw(alias)}.nom_recherche LIKE ${recherche}::text || '%' OR ${raw(alias)}.nom_recherche LIKE '% ' || ${recherche}::text || '%')`;

// A search counts and ranks its matches on territoire_recherche (narrow copy, trigram index), or finds a code; then
// only the page's rows are read in full. A statement of its own: behind « recherche IS NULL OR … » a generic plan
// could not use the trigram index.
const rechercheSql = (v: Valeurs): Sql => sql`WITH page AS (
       SELECT r.code, count(*) OVER ()::int AS total
       FROM territoire_recherche r
       WHERE r.niveau = ${v.niveau} AND ${dansFilter('r', v)}
         AND (r.nom_recherche LIKE '%' || ${v.recherche}::text || '%' OR r.code = upper(${v.saisie}::text))
       ORDER BY ${commence('r', v.recherche)} DESC, r.nom_recherche, r.code
       LIMIT ${v.page.limit} OFFSET ${v.page.offset})
     SELECT ${territoireColumns('t')}, page.total
     FROM page JOIN territoire t ON t.niveau = ${v.niveau} AND t.code = page.code
     ORDER BY ${commence('t', v.recherche)} DESC, t.nom_recherche, t.code`;

// Lists, and searches with no trigram to look up (« sa » matches most communes): counted and ranked on the
// narrow btree index (niveau, nom_recherche, code).
const listeSql = (v: Valeurs): Sql => sql`WITH page AS (
       SELECT t.code, count(*) OVER ()::int AS total
       FROM territoire t
       WHERE t.niveau = ${v.niveau} AND ${dansFilter('t', v)}
         AND (${v.recherche}::text IS NULL OR t.nom_recherche LIKE '%' || ${v.recherche} || '%' OR t.code = upper(${v.saisie}::text))
       ORDER BY (${v.recherche}::text IS NOT NULL AND ${commence('t', v.recherche)}) DESC, t.nom_recherche, t.code
       LIMIT ${v.page.limit} OFFSET ${v.page.offset})
     SELECT ${territoireColumns('t')}, page.total
     FROM page JOIN territoire t ON t.niveau = ${v.niveau} AND t.code = page.code
     ORDER BY (${v.recherche}::text IS NOT NULL AND ${commence('t', v.recherche)}) DESC, t.nom_recherche, t.code`;

// One statement per request: filter by current membership (« dans ») and accent-free search, count with a window.
export async function listTerritoires(db: Database, args: ListTerritoiresArgs): Promise<Connection<Territoire>> {
  const saisie = args.recherche?.trim() ?? '';
  const recherche = normalizeSearch(saisie);
  const valeurs: Valeurs = {
    niveau: args.niveau,
    dansNiveau: args.dans?.niveau ?? null,
    dansCode: args.dans?.code ?? null,
    recherche: recherche || null,
    saisie: saisie || null,
    page: args.page,
  };
  const rows = await db.prepared<Territoire & { total: number }>(/[a-z0-9]{3}/.test(recherche) ? rechercheSql(valeurs) : listeSql(valeurs));
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && (args.page.offset > 0 || args.page.limit === 0)) {
    // Past the end (or first: 0): the window gave no row, count apart.
    const counted = await listTerritoires(db, { ...args, page: { limit: 1, offset: 0 } });
    total = counted.totalCount;
  }
  return buildConnection(
    rows.map(({ total: _total, ...territoire }) => territoire),
    total,
    args.page,
  );
}
