import { parseAsStringLiteral } from 'nuqs';
import { defineUrlState } from '../../ui/url/define-url-state';

// 9 of the 10 Breton fiches have no status in the study: « lecture=inconnus » (the upper reading) counts them as present.
// « carte=prealables » colours the map by the Pays meeting the study's two prerequisites (default: an active association).
export const INDICATEURS_CARTE_BRETAGNE = ['prealables'] as const;
/** What the map colours: an active development association (default, no parameter) or the two prerequisites. */
export type IndicateurCarteBretagne = 'association' | (typeof INDICATEURS_CARTE_BRETAGNE)[number];
export const BRETAGNE_URL_STATE = defineUrlState({
  lecture: parseAsStringLiteral(['inconnus'] as const),
  carte: parseAsStringLiteral(INDICATEURS_CARTE_BRETAGNE),
});
