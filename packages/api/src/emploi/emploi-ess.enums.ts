import { NATURES_ANNEE, UNITES_EFFECTIF, type NatureAnnee as NatureAnneeValue, type UniteEffectif as UniteEffectifValue } from '@poles-ess/shared';
import { graphqlEnum } from '../common/graphql-enum';

export const DENOMINATEURS_EMPLOI = ['EMPLOI_SALARIE_TOTAL', 'EMPLOI_PRIVE', 'AUTRE'] as const;
export const DenominateurEmploi = graphqlEnum(
  DENOMINATEURS_EMPLOI,
  'DenominateurEmploi',
  'Ce dont la part est une part : emploi salarié total, emploi privé, ou autre total (libellé de la source dans `denominateurLibelle`). Deux parts ne se comparent qu’à dénominateur égal.',
);
export type DenominateurEmploi = (typeof DENOMINATEURS_EMPLOI)[number];

export const CHAMPS_ESS = ['QUATRE_FAMILLES', 'LOI_2014', 'ELARGI'] as const;
export const ChampEss = graphqlEnum(
  CHAMPS_ESS,
  'ChampEss',
  'Champ compté : les quatre familles (associations, coopératives, mutuelles, fondations), le champ de la loi de 2014, ou un champ élargi (autres organismes privés à but non lucratif). Déduit seulement de ce que dit la ligne ; par défaut les quatre familles.',
);
export type ChampEss = (typeof CHAMPS_ESS)[number];

export const UNITES_FAMILLES = ['EFFECTIF', 'PART_EFFECTIF'] as const;
export const UniteFamilles = graphqlEnum(
  UNITES_FAMILLES,
  'UniteFamilles',
  'Unité de la répartition par famille : EFFECTIF = nombre de salariés, PART_EFFECTIF = part des emplois de l’ESS en %.',
);
export type UniteFamilles = (typeof UNITES_FAMILLES)[number];

export const NatureAnnee = graphqlEnum(
  NATURES_ANNEE,
  'NatureAnnee',
  "Ce que vaut `annee` : DONNEES = année des données ; PUBLICATION = année de publication, la source ne donnant pas le millésime ; DEDUITE = déduite (la note dit comment) ; INCONNUE = aucune année lisible (`annee` null).",
);
export type NatureAnnee = NatureAnneeValue;

export const UniteEffectif = graphqlEnum(
  UNITES_EFFECTIF,
  'UniteEffectif',
  "Unité de `effectifSalarie` (et de la part) : POSTES = salariés (têtes), EQTP = équivalents temps plein. Deux unités différentes ne se comparent pas.",
);
export type UniteEffectif = UniteEffectifValue;
