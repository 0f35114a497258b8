import {
  FONCTIONS_POLE,
  PRECISIONS_POSITION,
  STATUTS_POLE,
  TYPES_POLE,
  type FonctionPole as FonctionPoleValue,
  type PrecisionPosition as PrecisionPositionValue,
  type StatutPole as StatutPoleValue,
  type TypePole as TypePoleValue,
} from '@poles-ess/shared';
import { graphqlEnum } from '../common/graphql-enum';

export const TypePole = graphqlEnum(
  TYPES_POLE,
  'TypePole',
  "Typologie de l'étude : association de développement (sans locaux), espace d'hébergement, centre multifonction.",
);
export type TypePole = TypePoleValue;

export const StatutPole = graphqlEnum(STATUTS_POLE, 'StatutPole', 'Actif, en projet, fermé, ou inconnu.');
export type StatutPole = StatutPoleValue;

export const FonctionPole = graphqlEnum(FONCTIONS_POLE, 'FonctionPole', "Fonctions d'un pôle selon la typologie de l'étude.");
export type FonctionPole = FonctionPoleValue;

export const PrecisionPosition = graphqlEnum(
  PRECISIONS_POSITION,
  'PrecisionPosition',
  "Précision de la position : à l'adresse, au centre de la commune, ou au centre du territoire (approximative).",
);
export type PrecisionPosition = PrecisionPositionValue;

export const TriPoles = graphqlEnum(
  ['NOM', 'TYPE', 'STATUT', 'MODIFIE_LE', 'DISTANCE'] as const,
  'TriPoles',
  'Ordre de la liste (DISTANCE : du plus proche au plus lointain, avec le filtre autourDe).',
);
export type TriPoles = keyof typeof TriPoles;

export const FormatExport = graphqlEnum(['CSV', 'GEOJSON'] as const, 'FormatExport', 'CSV (UTF-8 avec BOM, « ; ») ou GeoJSON.');
export type FormatExport = keyof typeof FormatExport;
