import { registerEnumType } from 'type-graphql';
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

// GraphQL enums built from @poles-ess/shared so API and dashboard share one list of values.
function toEnum<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

export const TypePole = toEnum(TYPES_POLE);
export type TypePole = TypePoleValue;
registerEnumType(TypePole, {
  name: 'TypePole',
  description: "Typologie de l'étude : association de développement (sans locaux), espace d'hébergement, centre multifonction.",
});

export const StatutPole = toEnum(STATUTS_POLE);
export type StatutPole = StatutPoleValue;
registerEnumType(StatutPole, { name: 'StatutPole', description: 'Actif, en projet, fermé, ou inconnu.' });

export const FonctionPole = toEnum(FONCTIONS_POLE);
export type FonctionPole = FonctionPoleValue;
registerEnumType(FonctionPole, { name: 'FonctionPole', description: "Fonctions d'un pôle selon la typologie de l'étude." });

export const PrecisionPosition = toEnum(PRECISIONS_POSITION);
export type PrecisionPosition = PrecisionPositionValue;
registerEnumType(PrecisionPosition, {
  name: 'PrecisionPosition',
  description: "Précision de la position : à l'adresse, au centre de la commune, ou au centre du territoire (approximative).",
});

export enum TriPoles {
  NOM = 'NOM',
  TYPE = 'TYPE',
  STATUT = 'STATUT',
  MODIFIE_LE = 'MODIFIE_LE',
  DISTANCE = 'DISTANCE',
}
registerEnumType(TriPoles, {
  name: 'TriPoles',
  description: 'Ordre de la liste (DISTANCE : du plus proche au plus lointain, avec le filtre autourDe).',
});

export enum FormatExport {
  CSV = 'CSV',
  GEOJSON = 'GEOJSON',
}
registerEnumType(FormatExport, { name: 'FormatExport', description: 'CSV (UTF-8 avec BOM, « ; ») ou GeoJSON.' });
