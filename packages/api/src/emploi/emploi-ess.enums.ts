import { registerEnumType } from 'type-graphql';

export enum DenominateurEmploi {
  EMPLOI_SALARIE_TOTAL = 'EMPLOI_SALARIE_TOTAL',
  EMPLOI_PRIVE = 'EMPLOI_PRIVE',
  AUTRE = 'AUTRE',
}
registerEnumType(DenominateurEmploi, {
  name: 'DenominateurEmploi',
  description:
    'Ce dont la part est une part : emploi salarié total, emploi privé, ou autre total (libellé de la source dans `denominateurLibelle`). Deux parts ne se comparent qu’à dénominateur égal.',
});

export enum ChampEss {
  QUATRE_FAMILLES = 'QUATRE_FAMILLES',
  LOI_2014 = 'LOI_2014',
  ELARGI = 'ELARGI',
}
registerEnumType(ChampEss, {
  name: 'ChampEss',
  description:
    'Champ compté : les quatre familles (associations, coopératives, mutuelles, fondations), le champ de la loi de 2014, ou un champ élargi (autres organismes privés à but non lucratif). Déduit seulement de ce que dit la ligne ; par défaut les quatre familles.',
});

export enum UniteFamilles {
  EFFECTIF = 'EFFECTIF',
  PART_EFFECTIF = 'PART_EFFECTIF',
}
registerEnumType(UniteFamilles, {
  name: 'UniteFamilles',
  description:
    'Unité de la répartition par famille : EFFECTIF = nombre de salariés, PART_EFFECTIF = part des emplois de l’ESS en %.',
});

export const DENOMINATEUR_PHRASES: Record<DenominateurEmploi, string> = {
  EMPLOI_SALARIE_TOTAL: 'des effectifs salariés',
  EMPLOI_PRIVE: "de l'emploi salarié privé",
  AUTRE: '',
};
