import { SOUTIENS_COLLECTIVITES, type SoutienCollectivites as SoutienCollectivitesValue } from '@poles-ess/shared';
import { graphqlEnum } from '../common/graphql-enum';

export const VALEURS_SOUTIEN = SOUTIENS_COLLECTIVITES;

export const SoutienCollectivites = graphqlEnum(
  VALEURS_SOUTIEN,
  'SoutienCollectivites',
  'Soutien des collectivités locales à un pôle, tel qu’un éditeur l’a évalué : oui, non, ou inconnu (personne ne l’a évalué).',
);
export type SoutienCollectivites = SoutienCollectivitesValue;
