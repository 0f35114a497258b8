import { parseAsStringLiteral } from 'nuqs';
import type { IndicateurComparaison } from '../../graphql/generated/graphql';
import { COMPARER_TERRITOIRES_URL_STATE } from '../../ui/url/comparer-territoires-url-state';
import { defineUrlState } from '../../ui/url/define-url-state';
import { INDICATEUR_LABELS } from './comparer-labels';

export const INDICATEURS_COMPARAISON = Object.keys(INDICATEUR_LABELS) as IndicateurComparaison[];

// « t » : les territoires comparés (2 à 6) ; « i » : l'indicateur du graphique.
export const COMPARER_URL_STATE = defineUrlState(
  {
    ...COMPARER_TERRITOIRES_URL_STATE.parsers,
    indicateur: parseAsStringLiteral(INDICATEURS_COMPARAISON).withDefault('EMPLOI_ESS_PART'),
  },
  { ...COMPARER_TERRITOIRES_URL_STATE.urlKeys, indicateur: 'i' },
);
