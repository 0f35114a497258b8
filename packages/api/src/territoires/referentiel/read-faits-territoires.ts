import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';

// packages/api/data/territoires, from src/territoires/referentiel or dist/territoires/referentiel.
export const TERRITOIRES_DATA_DIR = path.resolve(__dirname, '../../../data/territoires');

export interface RegionAvant2016 {
  ancienne_region_code: string;
  ancienne_region_nom: string;
  region_code: string;
  source: string;
}

export interface DepartementAncienneRegion {
  departement_code: string;
  ancienne_region_code: string;
  region_code: string;
  source: string;
}

export interface PaysEpci {
  pays_code: string;
  pays_nom: string;
  epci_siren: string;
  date_debut: string;
  date_fin: string;
  date_of_composition: string;
  source: string;
  confidence: string;
  note: string;
}

export interface PaysCommuneIsolee {
  pays_code: string;
  commune_code: string;
  date_debut: string;
  date_fin: string;
  source: string;
  confidence: string;
  note: string;
}

export interface FaitsTerritoires {
  regions2016: RegionAvant2016[];
  departements: DepartementAncienneRegion[];
  paysEpci: PaysEpci[];
  paysCommunesIsolees: PaysCommuneIsolee[];
}

function readCsv<T>(file: string): T[] {
  const text = fs.readFileSync(path.join(TERRITOIRES_DATA_DIR, file), 'utf8');
  const parsed = Papa.parse<T>(text, { header: true, delimiter: ';', skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`${file} : ${parsed.errors[0]!.message} (ligne ${parsed.errors[0]!.row})`);
  return parsed.data;
}

export function readFaitsTerritoires(): FaitsTerritoires {
  return {
    regions2016: readCsv('regions-2016.csv'),
    departements: readCsv('departements-anciennes-regions.csv'),
    paysEpci: readCsv('pays-bretagne.csv'),
    paysCommunesIsolees: readCsv('pays-bretagne-communes-isolees.csv'),
  };
}
