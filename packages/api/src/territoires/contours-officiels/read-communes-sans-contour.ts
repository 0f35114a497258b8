import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { CONTOURS_DATA_DIR } from './contours-officiels.source';
import type { CommuneSansContour } from './map-communes-2018';

export const COMMUNES_SANS_CONTOUR_FILE = path.join(CONTOURS_DATA_DIR, 'communes-sans-contour-2018.csv');

interface Ligne {
  commune_code: string;
  parent_2018_code: string;
  source: string;
}

// The communes restored after 2018 and the 2018 outline that holds them, each with its source.
export function readCommunesSansContour(fichier: string = COMMUNES_SANS_CONTOUR_FILE): CommuneSansContour[] {
  const parsed = Papa.parse<Ligne>(fs.readFileSync(fichier, 'utf8'), {
    header: true,
    delimiter: ';',
    skipEmptyLines: true,
  });
  if (parsed.errors.length) {
    throw new Error(
      `${path.basename(fichier)} : ${parsed.errors[0]!.message} (ligne ${parsed.errors[0]!.row! + 2})`,
    );
  }
  return parsed.data.map((ligne, i) => {
    if (!ligne.commune_code || !ligne.parent_2018_code || !ligne.source) {
      throw new Error(
        `${path.basename(fichier)}, ligne ${i + 2} : commune_code, parent_2018_code et source sont obligatoires`,
      );
    }
    return { code: ligne.commune_code, parent2018: ligne.parent_2018_code };
  });
}
