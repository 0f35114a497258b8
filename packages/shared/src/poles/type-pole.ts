export const TYPES_POLE = ['ASSOCIATION_DEVELOPPEMENT', 'ESPACE_HEBERGEMENT', 'CENTRE_MULTIFONCTION'] as const;
export type TypePole = (typeof TYPES_POLE)[number];

export const TYPE_POLE_LABELS: Record<TypePole, string> = {
  ASSOCIATION_DEVELOPPEMENT: 'Association de développement',
  ESPACE_HEBERGEMENT: "Espace d'hébergement",
  CENTRE_MULTIFONCTION: 'Centre multifonction',
};

// Une couleur par type, partout (carte, fiche, graphiques) : ColorBrewer Dark2, lisible par les daltoniens.
export const TYPE_POLE_COULEURS: Record<TypePole, string> = {
  ASSOCIATION_DEVELOPPEMENT: '#1b9e77',
  ESPACE_HEBERGEMENT: '#d95f02',
  CENTRE_MULTIFONCTION: '#7570b3',
};

// La typologie de l'étude : une association de développement n'a pas de locaux.
export function isPolePhysique(type: TypePole): boolean {
  return type !== 'ASSOCIATION_DEVELOPPEMENT';
}

export const STATUTS_POLE = ['ACTIF', 'PROJET', 'INCONNU', 'FERME'] as const;
export type StatutPole = (typeof STATUTS_POLE)[number];

export const STATUT_POLE_LABELS: Record<StatutPole, string> = {
  ACTIF: 'Actif',
  PROJET: 'En projet',
  INCONNU: 'Statut inconnu',
  FERME: 'Fermé',
};

export const FONCTIONS_POLE = [
  'SENSIBILISATION_PROMOTION',
  'HEBERGEMENT',
  'CENTRE_RESSOURCE',
  'ESPACE_GRAND_PUBLIC',
  'APPUI_COLLECTIVITES',
  'COOPERATION_ACTEURS',
] as const;
export type FonctionPole = (typeof FONCTIONS_POLE)[number];

export const FONCTION_POLE_LABELS: Record<FonctionPole, string> = {
  SENSIBILISATION_PROMOTION: 'Sensibilisation et promotion',
  HEBERGEMENT: 'Hébergement',
  CENTRE_RESSOURCE: 'Centre ressource',
  ESPACE_GRAND_PUBLIC: 'Espace grand public',
  APPUI_COLLECTIVITES: 'Appui aux collectivités',
  COOPERATION_ACTEURS: 'Coopération entre acteurs',
};

export const PRECISIONS_POSITION = ['ADRESSE', 'COMMUNE', 'TERRITOIRE'] as const;
export type PrecisionPosition = (typeof PRECISIONS_POSITION)[number];

export const PRECISION_POSITION_LABELS: Record<PrecisionPosition, string> = {
  ADRESSE: "À l'adresse",
  COMMUNE: 'Au centre de la commune',
  TERRITOIRE: 'Au centre du territoire (position approximative)',
};
