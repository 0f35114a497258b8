import DataLoader from 'dataloader';
import type { ApiContext } from '../context';
import { sql } from '../common/sql';
import { POLE_SELECT, toPole, type PoleRow } from '../poles/pole-select.sql';
import type { Pole } from '../poles/pole.entity';
import type { ProjetEtude } from './projet-etude.type';

// The poles matching each project (methodeCorrespondance says the rule), in one statement for all projects.
export function polesCorrespondantsLoader(ctx: ApiContext): DataLoader<ProjetEtude, Pole[], string> {
  return ctx.loaders.get('etude.polesCorrespondants', () => new DataLoader<ProjetEtude, Pole[], string>(async (projets) => {
    const regles = JSON.stringify(projets.map((p, i) => ({ i, type: p.type, niveau: p.niveau, code: p.code, statuts: p.statutsCorrespondance })));
    const rows = await ctx.db.query<PoleRow & { i: number }>(sql`
      SELECT r.i, ${POLE_SELECT}
      FROM json_to_recordset(${regles}::json) AS r(i int, type text, niveau text, code text, statuts text[])
      JOIN pole p ON p.type = r.type AND p.supprime_le IS NULL AND (r.statuts IS NULL OR p.statut = ANY(r.statuts))
      WHERE EXISTS (SELECT 1 FROM pole_territoire pt WHERE pt.pole_id = p.id AND pt.niveau = r.niveau AND pt.code = r.code)
      ORDER BY r.i, p.nom`);
    return projets.map((_p, i) => rows.filter((r) => r.i === i).map(({ i: _i, ...row }) => toPole(row)));
  }, { cacheKeyFn: (p) => p.id }));
}
