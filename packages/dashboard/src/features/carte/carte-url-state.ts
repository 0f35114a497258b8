import { parseAsStringLiteral } from 'nuqs';
import type { MethodeClassification } from '../../graphql/generated/graphql';
import { METHODE_LABELS } from '../../ui/map/legend-items';
import { sortNiveauxDuPlusGrand } from '../../ui/territoire/niveau-order';
import { defineUrlState } from '../../ui/url/define-url-state';
import { FILTRE_POLES_URL_STATE } from '../../ui/url/filtre-poles-url-state';
import { parseAsEntierBorne, parseAsListe } from '../../ui/url/url-parsers';
import { INDICATEUR_CARTE_DEFAUT, INDICATEURS_CARTE, SANS_INDICATEUR_VALEUR } from './carte-indicateurs';

export const COUCHES_CARTE = ['choroplethe', 'poles', 'densite', 'etiquettes'] as const;
export type CoucheCarte = (typeof COUCHES_CARTE)[number];

const NIVEAUX = ['EPCI', 'PAYS', 'DEPARTEMENT', 'ANCIENNE_REGION', 'REGION'] as const;
export type NiveauCarte = (typeof NIVEAUX)[number];
export const NIVEAUX_CARTE = sortNiveauxDuPlusGrand(NIVEAUX);

export const METHODES_CLASSIFICATION = Object.keys(METHODE_LABELS) as MethodeClassification[];
export const NOMBRE_CLASSES = { min: 3, max: 7 } as const;

export const CARTE_URL_STATE = defineUrlState(
  {
    ...FILTRE_POLES_URL_STATE.parsers,
    niveau: parseAsStringLiteral(NIVEAUX_CARTE).withDefault('REGION'),
    indicateur: parseAsStringLiteral([...INDICATEURS_CARTE.map((indicateur) => indicateur.value), SANS_INDICATEUR_VALEUR]).withDefault(
      INDICATEUR_CARTE_DEFAUT,
    ),
    methode: parseAsStringLiteral(METHODES_CLASSIFICATION).withDefault('QUANTILES'),
    nombre: parseAsEntierBorne(NOMBRE_CLASSES.min, NOMBRE_CLASSES.max).withDefault(5),
    // « couches= » vide veut dire : l'utilisateur a tout décoché.
    couches: parseAsListe(COUCHES_CARTE).withDefault(['choroplethe', 'poles', 'etiquettes']),
    affichage: parseAsStringLiteral(['carte', 'tableau'] as const).withDefault('carte'),
  },
  { ...FILTRE_POLES_URL_STATE.urlKeys, nombre: 'classes' },
);

export type CarteUrlState = ReturnType<typeof CARTE_URL_STATE.load>;
export type CarteUrlUpdate = (patch: Partial<CarteUrlState>) => void;
