import type { DataSource, EntityManager } from 'typeorm';
import type { EmploiLigne } from './emploi-csv.parser';

const COLONNES: [string, string, keyof EmploiLigne][] = [
  ['niveau', 'text', 'niveau'],
  ['code', 'text', 'code'],
  ['nom', 'text', 'nom'],
  ['annee', 'integer', 'annee'],
  ['effectif_salarie', 'integer', 'effectifSalarie'],
  ['part_emploi', 'double precision', 'partEmploi'],
  ['denominateur', 'text', 'denominateur'],
  ['denominateur_libelle', 'text', 'denominateurLibelle'],
  ['champ', 'text', 'champ'],
  ['associations', 'double precision', 'associations'],
  ['cooperatives', 'double precision', 'cooperatives'],
  ['mutuelles', 'double precision', 'mutuelles'],
  ['fondations', 'double precision', 'fondations'],
  ['unite_familles', 'text', 'uniteFamilles'],
  ['etablissements', 'integer', 'etablissements'],
  ['source', 'text', 'source'],
  ['source_editeur', 'text', 'sourceEditeur'],
  ['source_annee', 'integer', 'sourceAnnee'],
  ['source_lien', 'text', 'sourceLien'],
  ['note', 'text', 'note'],
];
const CLE = ['niveau', 'code', 'annee', 'source', 'denominateur_libelle', 'champ'];

export interface ResultatImport {
  crees: number;
  misAJour: number;
}

// One statement: every line inserted or updated on its natural key, so re-importing a file changes nothing.
export async function upsertEmplois(db: DataSource | EntityManager, lignes: EmploiLigne[]): Promise<ResultatImport> {
  if (lignes.length === 0) return { crees: 0, misAJour: 0 };
  const json = lignes.map((l) => Object.fromEntries(COLONNES.map(([col, , prop]) => [col, l[prop]])));
  const noms = COLONNES.map(([c]) => c);
  const rows = (await db.query(
    `INSERT INTO emploi_ess (${noms.join(', ')})
     SELECT ${noms.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS r(${COLONNES.map(([c, t]) => `${c} ${t}`).join(', ')})
     ON CONFLICT ON CONSTRAINT emploi_ess_cle DO UPDATE SET
       ${noms.filter((c) => !CLE.includes(c)).map((c) => `${c} = EXCLUDED.${c}`).join(', ')}, importe_le = now()
     RETURNING (xmax = 0) AS cree`,
    [JSON.stringify(json)],
  )) as { cree: boolean }[];
  const crees = rows.filter((r) => r.cree).length;
  return { crees, misAJour: rows.length - crees };
}
