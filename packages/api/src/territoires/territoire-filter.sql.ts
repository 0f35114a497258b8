import { NIVEAUX_TERRITORIAUX } from '@poles-ess/shared';
import { raw, sql, type Sql } from '../common/sql';
import type { TerritoireRef } from './territoire-ref.input';

// A level as an SQL literal. Levels are a closed enum, so statements name them inline rather than as parameters:
// the planner then knows how many territories a level holds, and a prepared statement's generic plan is the
// plan it would have chosen for that level (a parameter there made the generic plan hash 34,000 communes twice).
export function niveauSql(niveau: string): Sql {
  if (!(NIVEAUX_TERRITORIAUX as readonly string[]).includes(niveau)) throw new Error(`Niveau territorial inconnu : ${niveau}`);
  return raw(`'${niveau}'`);
}

// « dans » as SQL: the territory itself or any current member of it (territoire_lien holds every ancestor).
// France contains everything, even where a link is missing. The level is inline, the code a parameter. As an IN over
// the members, the planner starts from the parent's links (the 21 Pays of a région: 0.05 ms) instead of hashing all
// 1,289 members of the région to test each territory (0.4 ms), as the former `OR EXISTS` did.
export function buildDansClause(niveauCol: string, codeCol: string, dans: TerritoireRef | null | undefined): Sql {
  if (!dans || dans.niveau === 'FRANCE') return sql`true`;
  const niveau = niveauSql(dans.niveau);
  return sql`(${raw(niveauCol)}, ${raw(codeCol)}) IN (SELECT ${niveau}, ${dans.code}::text UNION ALL
    SELECT dl.niveau_membre, dl.code_membre FROM territoire_lien dl
    WHERE dl.niveau_parent = ${niveau} AND dl.code_parent = ${dans.code} AND dl.date_fin IS NULL)`;
}
