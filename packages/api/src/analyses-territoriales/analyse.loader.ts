import DataLoader from 'dataloader';
import type { ApiContext } from '../context';
import { sql } from '../common/sql';
import { parseKey } from '../territoires/territoire.loader';
import { ANALYSE_SELECT, concernsSql } from './analyse-select.sql';
import type { AnalyseTerritoriale } from './analyse-territoriale.entity';
import type { ModificationAnalyse } from './modification-analyse.type';

// The notes concerning each territory (analyse-select.sql.ts), one statement per batch.
export function analysesTerritoireLoader(ctx: ApiContext): DataLoader<string, AnalyseTerritoriale[]> {
  return ctx.loaders.get('analyses.territoire', () => new DataLoader<string, AnalyseTerritoriale[]>(async (keys) => {
    const refs = JSON.stringify(keys.map((key, i) => ({ i, ...parseKey(key) })));
    const rows = await ctx.db.query<AnalyseTerritoriale & { i: number }>(sql`
      SELECT k.i, ${ANALYSE_SELECT}
      FROM json_to_recordset(${refs}::json) AS k(i int, niveau text, code text)
      JOIN analyse_territoriale a ON a.supprime_le IS NULL AND (k.niveau = 'FRANCE' OR ${concernsSql(sql`k.niveau`, sql`k.code`)})
      ORDER BY k.i, a.titre, a.id`);
    return keys.map((_k, i) => rows.filter((r) => r.i === i).map(({ i: _i, ...row }) => row));
  }));
}

export function historiqueAnalyseLoader(ctx: ApiContext): DataLoader<string, ModificationAnalyse[]> {
  return ctx.loaders.get('analyses.historique', () => new DataLoader<string, ModificationAnalyse[]>(async (ids) => {
    const rows = await ctx.db.query<ModificationAnalyse & { analyseId: string }>(
      sql`SELECT analyse_id AS "analyseId", action, auteur, le, changements FROM analyse_territoriale_audit
          WHERE analyse_id = ANY(${ids}::uuid[]) ORDER BY le, id`,
    );
    return ids.map((id) => rows.filter((r) => r.analyseId === id).map(({ analyseId: _id, ...row }) => row));
  }));
}
