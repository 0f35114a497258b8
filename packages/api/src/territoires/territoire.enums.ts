import { registerEnumType } from 'type-graphql';

// Same values as NIVEAUX_TERRITORIAUX in @poles-ess/shared (checked by territoire.enums.test.ts).
export enum NiveauTerritorial {
  COMMUNE = 'COMMUNE',
  EPCI = 'EPCI',
  PAYS = 'PAYS',
  DEPARTEMENT = 'DEPARTEMENT',
  REGION = 'REGION',
  ANCIENNE_REGION = 'ANCIENNE_REGION',
  FRANCE = 'FRANCE',
}
registerEnumType(NiveauTerritorial, {
  name: 'NiveauTerritorial',
  description: 'Niveau du découpage : commune, EPCI, Pays, département, région (2016), ancienne région (avant 2016), France.',
});

export enum GeometrieSource {
  OFFICIELLE = 'OFFICIELLE',
  APPROXIMATIVE = 'APPROXIMATIVE',
}
registerEnumType(GeometrieSource, {
  name: 'GeometrieSource',
  description: 'Contour officiel importé (source nommée) ou contour approximatif reconstruit, à signaler comme tel.',
});

export enum PrecisionGeometrie {
  COMPLETE = 'COMPLETE',
  MOYENNE = 'MOYENNE',
  BASSE = 'BASSE',
}
registerEnumType(PrecisionGeometrie, {
  name: 'PrecisionGeometrie',
  description: 'Précision du contour : complète, moyenne (carte régionale), basse (carte de France).',
});

// Order of the levels from the smallest up, to sort parents.
export const NIVEAU_RANG: Record<NiveauTerritorial, number> = {
  COMMUNE: 0,
  EPCI: 1,
  PAYS: 2,
  DEPARTEMENT: 3,
  ANCIENNE_REGION: 4,
  REGION: 5,
  FRANCE: 6,
};
