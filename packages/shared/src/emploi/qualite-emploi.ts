// Ce que vaut l'année d'un chiffre de l'emploi ESS : celle des données, celle de la publication (millésime non
// précisé par la source), une année déduite (la note dit comment), ou inconnue.
export const NATURES_ANNEE = ['DONNEES', 'PUBLICATION', 'DEDUITE', 'INCONNUE'] as const;
export type NatureAnnee = (typeof NATURES_ANNEE)[number];

export const NATURE_ANNEE_LABELS: Record<NatureAnnee, string> = {
  DONNEES: 'année des données',
  PUBLICATION: 'année de publication (millésime non précisé)',
  DEDUITE: 'année déduite',
  INCONNUE: 'année non précisée',
};

// Effectif en personnes (postes, « têtes ») ou en équivalents temps plein : deux unités qui ne se comparent pas.
export const UNITES_EFFECTIF = ['POSTES', 'EQTP'] as const;
export type UniteEffectif = (typeof UNITES_EFFECTIF)[number];

export const UNITE_EFFECTIF_LABELS: Record<UniteEffectif, string> = {
  POSTES: 'salariés',
  EQTP: 'équivalents temps plein',
};

export interface QualiteEmploi {
  anneeNature: NatureAnnee;
  uniteEffectif: UniteEffectif;
  borneInferieure: boolean;
  sourceSecondaire: boolean;
}

// Les mentions à afficher à côté d'une valeur (tableaux, fiches, comparaisons), dans un ordre fixe.
export function listMentionsEmploi(q: QualiteEmploi): string[] {
  return [
    q.borneInferieure ? 'valeur minimale (« plus de »)' : null,
    q.uniteEffectif === 'EQTP' ? 'en équivalents temps plein' : null,
    q.anneeNature !== 'DONNEES' ? NATURE_ANNEE_LABELS[q.anneeNature] : null,
    q.sourceSecondaire ? 'lu dans une source secondaire' : null,
  ].filter((m): m is string => m !== null);
}
