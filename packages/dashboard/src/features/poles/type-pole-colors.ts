import { schemeDark2 } from 'd3-scale-chromatic';
import type { TypePole } from '@poles-ess/shared';

// ColorBrewer Dark2, les mêmes teintes que les points de la carte : lisibles par les daltoniens.
export const TYPE_POLE_COLORS: Record<TypePole, string> = {
  ASSOCIATION_DEVELOPPEMENT: schemeDark2[0] ?? '#1b9e77',
  ESPACE_HEBERGEMENT: schemeDark2[1] ?? '#d95f02',
  CENTRE_MULTIFONCTION: schemeDark2[2] ?? '#7570b3',
};
