import type { IndicateurComparaison } from '../../graphql/generated/graphql';

export const INDICATEUR_LABELS: Record<IndicateurComparaison, string> = {
  POPULATION: 'Population',
  SUPERFICIE: 'Superficie (km²)',
  DENSITE_POPULATION: 'Densité de population (hab./km²)',
  POLES_ASSOCIATION_DEVELOPPEMENT: 'Associations de développement (pôles situés)',
  POLES_ESPACE_HEBERGEMENT: 'Espaces d’hébergement (pôles situés)',
  POLES_CENTRE_MULTIFONCTION: 'Centres multifonction (pôles situés)',
  ASSOCIATION_DEVELOPPEMENT_ACTIVE: 'Association de développement active',
  EMPLOI_ESS_EFFECTIF: 'Emploi salarié dans l’ESS',
  EMPLOI_ESS_PART: 'Part de l’ESS dans l’emploi salarié (%)',
  PART_POPULATION_COUVERTE: 'Population à moins de 20 km d’un pôle actif (%)',
};

// Les parts et densités se comparent entre territoires de tailles différentes ; les effectifs, non.
export const INDICATEURS_COMPARABLES: IndicateurComparaison[] = ['EMPLOI_ESS_PART', 'PART_POPULATION_COUVERTE', 'DENSITE_POPULATION'];
