import fs from 'node:fs';
import path from 'node:path';

export interface CommuneDecoupage {
  code: string;
  nom: string;
  type: string;
  zone: string;
  departement: string;
  region: string;
  population?: number;
}

export interface EpciDecoupage {
  code: string;
  nom: string;
  membres: { code: string }[];
}

export interface DepartementDecoupage {
  code: string;
  nom: string;
  region: string;
  zone: string;
}

export interface RegionDecoupage {
  code: string;
  nom: string;
  zone: string;
}

export interface Decoupage {
  communes: CommuneDecoupage[];
  epci: EpciDecoupage[];
  departements: DepartementDecoupage[];
  regions: RegionDecoupage[];
}

// Read the JSON files directly: the package's index.js resolves them against the process's cwd.
export function readDecoupage(): Decoupage {
  const dir = path.join(path.dirname(require.resolve('@etalab/decoupage-administratif/package.json')), 'data');
  const read = <T>(name: string): T => JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), 'utf8')) as T;
  return {
    communes: read<CommuneDecoupage[]>('communes'),
    epci: read<EpciDecoupage[]>('epci'),
    departements: read<DepartementDecoupage[]>('departements'),
    regions: read<RegionDecoupage[]>('regions'),
  };
}
