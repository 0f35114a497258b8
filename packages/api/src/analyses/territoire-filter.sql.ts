import type { TerritoireRef } from './territoire-graphql';

// « dans » as SQL: the territory itself or any current member of it (territoire_lien holds every ancestor).
// France contains everything, even where a link is missing.
export function buildDansClause(niveauCol: string, codeCol: string, dans: TerritoireRef | null | undefined, params: unknown[]): string {
  if (!dans || dans.niveau === 'FRANCE') return 'true';
  params.push(dans.niveau, dans.code);
  const n = params.length;
  return `((${niveauCol} = $${n - 1} AND ${codeCol} = $${n}) OR EXISTS (
    SELECT 1 FROM territoire_lien dl WHERE dl.niveau_membre = ${niveauCol} AND dl.code_membre = ${codeCol}
      AND dl.niveau_parent = $${n - 1} AND dl.code_parent = $${n} AND dl.date_fin IS NULL))`;
}
