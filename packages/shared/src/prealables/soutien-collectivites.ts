// The study's second prerequisite of a pole, « un soutien des collectivités locales », as an editor assessed it:
// INCONNU while nobody has.
export const SOUTIENS_COLLECTIVITES = ['OUI', 'NON', 'INCONNU'] as const;
export type SoutienCollectivites = (typeof SOUTIENS_COLLECTIVITES)[number];

export const SOUTIEN_COLLECTIVITES_LABELS: Record<SoutienCollectivites, string> = {
  OUI: 'Oui',
  NON: 'Non',
  INCONNU: 'Inconnu',
};
