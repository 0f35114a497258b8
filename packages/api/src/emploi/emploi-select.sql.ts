import { sql } from '../common/sql';
import { selectColumns } from '../database/entity-columns';
import { EmploiEss } from './emploi-ess.entity';

// Every column of `emploi_ess` (`e`), aliased to the entity's properties.
export const EMPLOI_SELECT = selectColumns(EmploiEss, 'e');

// The figure to show when one is wanted: the latest year, then the total salaried employment denominator,
// then a known head count (the fiche's « N emplois … soit X % des effectifs salariés »).
export const EMPLOI_ORDRE_FICHE = sql`e.annee DESC, (e.denominateur = 'EMPLOI_SALARIE_TOTAL') DESC NULLS LAST,
  (e.effectif_salarie IS NOT NULL) DESC, (e.part_emploi IS NOT NULL) DESC, e.id`;

export type EmploiEssRow = Omit<EmploiEss, 'source' | 'importeLe'>;

// The citation's columns as GraphQL's `source`.
export function toEmploiEss(row: EmploiEssRow): EmploiEss {
  return {
    ...row,
    source: { titre: row.sourceTitre, editeur: row.sourceEditeur, annee: row.sourceAnnee, lien: row.sourceLien },
  } as EmploiEss;
}
