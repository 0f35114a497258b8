import { parseAsString, parseAsStringLiteral } from 'nuqs';
import { NIVEAUX_TERRITORIAUX } from '@poles-ess/shared';
import { defineUrlState } from '../../ui/url/define-url-state';

export const TERRITOIRES_URL_STATE = defineUrlState(
  {
    niveau: parseAsStringLiteral(NIVEAUX_TERRITORIAUX).withDefault('DEPARTEMENT'),
    recherche: parseAsString.withDefault(''),
  },
  { recherche: 'q' },
);
