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

// Indicators that answer yes or no: said in words, never drawn as bars.
export const INDICATEURS_OUI_NON: IndicateurComparaison[] = ['ASSOCIATION_DEVELOPPEMENT_ACTIVE'];

// Decimals worth reading (chart labels, CSV): counts are whole, shares and densities to a tenth.
export const INDICATEUR_DECIMALES: Record<IndicateurComparaison, number> = {
  POPULATION: 0,
  SUPERFICIE: 0,
  DENSITE_POPULATION: 1,
  POLES_ASSOCIATION_DEVELOPPEMENT: 0,
  POLES_ESPACE_HEBERGEMENT: 0,
  POLES_CENTRE_MULTIFONCTION: 0,
  ASSOCIATION_DEVELOPPEMENT_ACTIVE: 0,
  EMPLOI_ESS_EFFECTIF: 0,
  EMPLOI_ESS_PART: 1,
  PART_POPULATION_COUVERTE: 1,
};

export function arrondirValeur(indicateur: IndicateurComparaison, valeur: number | null | undefined): number | null {
  if (valeur === null || valeur === undefined) return null;
  const facteur = 10 ** INDICATEUR_DECIMALES[indicateur];
  return Math.round(valeur * facteur) / facteur;
}
