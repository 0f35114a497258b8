export const NIVEAUX_TERRITORIAUX = [
  'COMMUNE',
  'EPCI',
  'PAYS',
  'DEPARTEMENT',
  'REGION',
  'ANCIENNE_REGION',
  'FRANCE',
] as const;

export type NiveauTerritorial = (typeof NIVEAUX_TERRITORIAUX)[number];

// Du plus petit au plus grand : l'ordre des parents d'un territoire, partout (API, SQL, tableau de bord).
export const NIVEAUX_DU_PLUS_PETIT = [
  'COMMUNE',
  'EPCI',
  'PAYS',
  'DEPARTEMENT',
  'ANCIENNE_REGION',
  'REGION',
  'FRANCE',
] as const satisfies readonly NiveauTerritorial[];

export const NIVEAU_RANG = Object.fromEntries(NIVEAUX_DU_PLUS_PETIT.map((niveau, rang) => [niveau, rang])) as Record<
  NiveauTerritorial,
  number
>;

export const NIVEAU_TERRITORIAL_LABELS: Record<NiveauTerritorial, string> = {
  COMMUNE: 'Commune',
  EPCI: 'Intercommunalité (EPCI)',
  PAYS: 'Pays',
  DEPARTEMENT: 'Département',
  REGION: 'Région (depuis 2016)',
  ANCIENNE_REGION: 'Ancienne région (avant 2016)',
  FRANCE: 'France',
};

export const GEOMETRIE_SOURCES = ['OFFICIELLE', 'APPROXIMATIVE'] as const;
export type GeometrieSource = (typeof GEOMETRIE_SOURCES)[number];

export const GEOMETRIE_SOURCE_LABELS: Record<GeometrieSource, string> = {
  OFFICIELLE: 'Contour officiel',
  APPROXIMATIVE: 'Contour approximatif (commune rétablie après 2018 sans contour propre, ou contour de 2018 trop grand)',
};
