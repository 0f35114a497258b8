import { ApiError } from '../common/api-error';
import { sql } from '../common/sql';
import type { Viewer } from '../common/viewer';
import type { Executor } from '../database/executor';

// An editor limited to a région writes only about that région or a territory in it (a former région counts when it
// lies in it): notes and local authorities' assessments.
export async function checkRegionTerritoire(tx: Executor, ref: { niveau: string; code: string }, viewer: Viewer): Promise<void> {
  if (viewer.role !== 'editeur' || !viewer.codeRegion) return;
  const region = viewer.codeRegion;
  const [row] = await tx.query<{ ok: boolean }>(sql`
    SELECT (${ref.niveau}::text = 'REGION' AND ${ref.code}::text = ${region}) OR EXISTS (
      SELECT 1 FROM territoire_lien l WHERE l.niveau_membre = ${ref.niveau} AND l.code_membre = ${ref.code}
        AND l.niveau_parent = 'REGION' AND l.code_parent = ${region} AND l.date_fin IS NULL) AS ok`);
  if (!row?.ok) {
    throw new ApiError('FORBIDDEN', `Ce jeton ne permet d'écrire que sur les territoires de la région ${region}.`, { raison: 'HORS_REGION' });
  }
}
