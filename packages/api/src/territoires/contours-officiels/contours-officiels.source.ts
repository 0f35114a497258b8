import path from 'node:path';
import { CONTOURS_OFFICIELS } from '@poles-ess/shared';

// Defined once in @poles-ess/shared (the dashboard shows them in legends and exports).
export const CONTOURS_MILLESIME = CONTOURS_OFFICIELS.millesime;

export const CONTOURS_SOURCE_NOM = CONTOURS_OFFICIELS.nom;

// packages/api/data/contours, from src/territoires/contours-officiels or dist/territoires/contours-officiels.
export const CONTOURS_DATA_DIR = path.resolve(__dirname, '../../../data/contours');

export const CONTOURS_COMMUNES_FILE = path.join(CONTOURS_DATA_DIR, 'communes-2018.topojson.br');

// One topology per zone: the mainland (with Corsica) and each overseas département, each quantised on its own extent.
export const ZONE_METROPOLE = 'metropole';

// Name of the object holding the communes in each zone's topology.
export const OBJET_COMMUNES = 'communes';
