import { sql, type Sql } from '../common/sql';
import { selectColumns } from '../database/entity-columns';
import type { TerritoireRef } from '../territoires/territoire-ref.input';
import { AnalyseTerritoriale } from './analyse-territoriale.entity';

export const ANALYSE_SELECT = selectColumns(AnalyseTerritoriale, 'a');

// A note concerns a territory T when its own territory is T, holds T or lies in T, or when one of its focus
// territories is T or lies in T (the Bretagne note concerns the Pays de Brest, Brest and the région 53 of 2016).
// `niveau` and `code` are SQL expressions: parameters, or the columns of a list of territories.
export function concernsSql(niveau: Sql, code: Sql): Sql {
  return sql`(
    (a.niveau = ${niveau} AND a.code = ${code})
    OR EXISTS (SELECT 1 FROM territoire_lien l WHERE l.date_fin IS NULL AND (
      (l.niveau_membre = a.niveau AND l.code_membre = a.code AND l.niveau_parent = ${niveau} AND l.code_parent = ${code})
      OR (l.niveau_membre = ${niveau} AND l.code_membre = ${code} AND l.niveau_parent = a.niveau AND l.code_parent = a.code)))
    OR EXISTS (SELECT 1 FROM jsonb_to_recordset(a.focus) AS f(niveau text, code text) WHERE (f.niveau = ${niveau} AND f.code = ${code})
      OR EXISTS (SELECT 1 FROM territoire_lien l WHERE l.date_fin IS NULL AND l.niveau_membre = f.niveau AND l.code_membre = f.code
        AND l.niveau_parent = ${niveau} AND l.code_parent = ${code})))`;
}

export function listAnalysesSql(dans: TerritoireRef | null | undefined): Sql {
  const filtre = dans && dans.niveau !== 'FRANCE' ? concernsSql(sql`${dans.niveau}::text`, sql`${dans.code}::text`) : sql`true`;
  return sql`SELECT ${ANALYSE_SELECT} FROM analyse_territoriale a WHERE a.supprime_le IS NULL AND ${filtre} ORDER BY a.titre, a.id`;
}
