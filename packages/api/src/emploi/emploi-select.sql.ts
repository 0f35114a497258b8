import { sql } from '../common/sql';
import { selectColumns } from '../database/entity-columns';
import { EmploiEss } from './emploi-ess.entity';

// Every column of `emploi_ess` (`e`), aliased to the entity's properties.
export const EMPLOI_SELECT = selectColumns(EmploiEss, 'e');

// Among figures of one year, the most solid first: a data year (not a publication year), a head count (not FTE),
// an exact value (not « plus de »), read in the original publication, giving both count and share.
const ORDRE_SOLIDITE = sql`(e.annee_nature = 'DONNEES') DESC, (e.unite_effectif = 'POSTES') DESC, e.borne_inferieure,
  e.source_secondaire, (e.effectif_salarie IS NOT NULL) DESC, (e.part_emploi IS NOT NULL) DESC, e.id`;

// A publication year only bounds the data's year from above (a 2022 publication may give 2020 data): figures
// whose data year is known (stated or deduced) come before them, the others stay a fallback.
const ORDRE_ANNEE = sql`(e.annee_nature IN ('DONNEES', 'DEDUITE')) DESC, e.annee DESC NULLS LAST`;

// The figure to show when one is wanted: the latest year, then the total salaried employment denominator,
// then the most solid (the fiche's « N emplois … soit X % des effectifs salariés »).
export const EMPLOI_ORDRE_FICHE = sql`${ORDRE_ANNEE}, (e.denominateur = 'EMPLOI_SALARIE_TOTAL') DESC NULLS LAST, ${ORDRE_SOLIDITE}`;

// « The latest comparable value » of a territory: within one denominator and one field, the latest year, then
// the most solid figure of that year.
export const EMPLOI_ORDRE_DERNIER = sql`${ORDRE_ANNEE}, ${ORDRE_SOLIDITE}`;

export type EmploiEssRow = Omit<EmploiEss, 'source' | 'importeLe'>;

// The citation's columns as GraphQL's `source`.
export function toEmploiEss(row: EmploiEssRow): EmploiEss {
  return {
    ...row,
    source: {
      titre: row.sourceTitre, editeur: row.sourceEditeur, annee: row.sourceAnnee, lien: row.sourceLien,
      url: row.sourceUrl ?? row.sourceLien,
    },
  } as EmploiEss;
}
