import path from 'node:path';

export const CONTOURS_MILLESIME = 2018;

export const CONTOURS_SOURCE_NOM = 'IGN Admin Express COG 2018';

// Texte imposé par la source : à afficher partout où ces contours, ou ce qui en est réuni, sont montrés ou exportés.
export const CONTOURS_ATTRIBUTION =
  'Contours : IGN Admin Express COG 2018 (simplifiés, france-geojson), Licence Ouverte / Etalab 2.0';

// packages/api/data/contours, from src/territoires/contours-officiels or dist/territoires/contours-officiels.
export const CONTOURS_DATA_DIR = path.resolve(__dirname, '../../../data/contours');

export const CONTOURS_COMMUNES_FILE = path.join(CONTOURS_DATA_DIR, 'communes-2018.topojson.br');

// One topology per zone: the mainland (with Corsica) and each overseas département, each quantised on its own extent.
export const ZONE_METROPOLE = 'metropole';

// Name of the object holding the communes in each zone's topology.
export const OBJET_COMMUNES = 'communes';
