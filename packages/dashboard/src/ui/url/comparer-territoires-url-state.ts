import { defineUrlState } from './define-url-state';
import { parseAsTerritoires } from './url-parsers';

export const COMPARER_MIN = 2;
export const COMPARER_MAX = 6;

// « t=PAYS:PAYS-BREST,REGION:53,FRANCE:FR » : l'ordre de l'adresse est l'ordre des colonnes de Comparer.
export const COMPARER_TERRITOIRES_URL_STATE = defineUrlState(
  { territoires: parseAsTerritoires(COMPARER_MAX).withDefault([]) },
  { territoires: 't' },
);
