import {
  GEOMETRIE_SOURCES,
  NIVEAUX_TERRITORIAUX,
  type GeometrieSource as GeometrieSourceValue,
  type NiveauTerritorial as NiveauTerritorialValue,
} from '@poles-ess/shared';
import { graphqlEnum } from '../common/graphql-enum';

export const NiveauTerritorial = graphqlEnum(
  NIVEAUX_TERRITORIAUX,
  'NiveauTerritorial',
  'Niveau du découpage : commune, EPCI, Pays, département, région (2016), ancienne région (avant 2016), France.',
);
export type NiveauTerritorial = NiveauTerritorialValue;

export const GeometrieSource = graphqlEnum(
  GEOMETRIE_SOURCES,
  'GeometrieSource',
  'Contour officiel importé (source nommée) ou contour approximatif reconstruit, à signaler comme tel.',
);
export type GeometrieSource = GeometrieSourceValue;

export const PrecisionGeometrie = graphqlEnum(
  ['COMPLETE', 'MOYENNE', 'BASSE'] as const,
  'PrecisionGeometrie',
  'Précision du contour : complète, moyenne (carte régionale), basse (carte de France).',
);
export type PrecisionGeometrie = keyof typeof PrecisionGeometrie;
