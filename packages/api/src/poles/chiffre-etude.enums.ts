import { graphqlEnum } from '../common/graphql-enum';

export const UNITES_CHIFFRE_ETUDE = ['POLES', 'PROJETS', 'REGIONS', 'FICHES', 'MONOGRAPHIES', 'POURCENT', 'M2'] as const;
export const UniteChiffreEtude = graphqlEnum(
  UNITES_CHIFFRE_ETUDE,
  'UniteChiffreEtude',
  "Ce que compte un chiffre de l'étude : des pôles, des projets, des régions, des fiches, des monographies, ou une mesure (pourcentage, surface en m²).",
);
export type UniteChiffreEtude = (typeof UNITES_CHIFFRE_ETUDE)[number];

// Counts are integers; a percentage or a surface is not a count.
export function isDenombrement(unite: UniteChiffreEtude): boolean {
  return unite !== 'POURCENT' && unite !== 'M2';
}
