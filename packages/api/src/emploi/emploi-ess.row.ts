import type { NiveauTerritorial } from '../analyses/territoire-graphql';
import type { ChampEss, DenominateurEmploi, UniteFamilles } from './emploi-ess.enums';
import type { EmploiEss } from './emploi-ess.type';

export interface EmploiEssRow {
  id: number;
  niveau: NiveauTerritorial;
  code: string;
  nom: string;
  annee: number;
  effectif_salarie: number | null;
  part_emploi: number | null;
  denominateur: DenominateurEmploi | null;
  denominateur_libelle: string | null;
  champ: ChampEss;
  associations: number | null;
  cooperatives: number | null;
  mutuelles: number | null;
  fondations: number | null;
  unite_familles: UniteFamilles | null;
  etablissements: number | null;
  source: string;
  source_editeur: string | null;
  source_annee: number | null;
  source_lien: string | null;
  note: string | null;
}

export const EMPLOI_COLONNES = `e.id, e.niveau, e.code, e.nom, e.annee, e.effectif_salarie, e.part_emploi, e.denominateur,
  e.denominateur_libelle, e.champ, e.associations, e.cooperatives, e.mutuelles, e.fondations, e.unite_familles,
  e.etablissements, e.source, e.source_editeur, e.source_annee, e.source_lien, e.note`;

// The figure to show when one is wanted: the latest year, then the total salaried employment denominator,
// then a known head count (the fiche's « N emplois … soit X % des effectifs salariés »).
export const EMPLOI_ORDRE_FICHE = `e.annee DESC, (e.denominateur = 'EMPLOI_SALARIE_TOTAL') DESC NULLS LAST,
  (e.effectif_salarie IS NOT NULL) DESC, (e.part_emploi IS NOT NULL) DESC, e.id`;

export function toEmploiEss(row: EmploiEssRow): EmploiEss {
  return {
    id: String(row.id),
    niveau: row.niveau,
    code: row.code,
    nom: row.nom,
    annee: row.annee,
    effectifSalarie: row.effectif_salarie,
    partEmploi: row.part_emploi,
    denominateur: row.denominateur,
    denominateurLibelle: row.denominateur_libelle,
    champ: row.champ,
    associations: row.associations,
    cooperatives: row.cooperatives,
    mutuelles: row.mutuelles,
    fondations: row.fondations,
    uniteFamilles: row.unite_familles,
    etablissements: row.etablissements,
    source: { titre: row.source, editeur: row.source_editeur, annee: row.source_annee, lien: row.source_lien },
    note: row.note,
  };
}
