import { parseAsStringLiteral } from 'nuqs';
import { defineUrlState } from '../../ui/url/define-url-state';

// 9 of the 10 Breton fiches have no status in the study: « lecture=inconnus » (the upper reading) counts them as present.
export const BRETAGNE_URL_STATE = defineUrlState({ lecture: parseAsStringLiteral(['inconnus'] as const) });
