import { parseAsInteger, parseAsString, parseAsStringLiteral } from 'nuqs';
import { NIVEAUX_TERRITORIAUX } from '@poles-ess/shared';
import { defineUrlState } from '../../ui/url/define-url-state';

export const TERRITOIRES_URL_STATE = defineUrlState(
  {
    niveau: parseAsStringLiteral(NIVEAUX_TERRITORIAUX).withDefault('DEPARTEMENT'),
    recherche: parseAsString.withDefault(''),
    // The page after the cursor the API gave, and the rank of its first row (for « 101 à 200 sur 35 000 »).
    apres: parseAsString,
    debut: parseAsInteger.withDefault(1),
  },
  { recherche: 'q' },
);
