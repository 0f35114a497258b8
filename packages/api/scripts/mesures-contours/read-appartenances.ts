import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { CommuneCog } from '../../src/territoires/contours-officiels/map-communes-2018';

interface CommuneCogComplete extends CommuneCog {
  nom: string;
  departement: string;
  region: string;
}

export interface Cog {
  communes: CommuneCogComplete[];
  epci: { code: string; membres: { code: string }[] }[];
}

export type Niveau = 'EPCI' | 'DEPARTEMENT' | 'REGION' | 'ANCIENNE_REGION' | 'FRANCE';

// Current commune → its parent at each level (the 7 communes without outline simply add nothing).
export type Appartenances = Record<Niveau, Map<string, string>>;

export function readCog(): Cog {
  const dir = path.join(
    path.dirname(require.resolve('@etalab/decoupage-administratif/package.json')),
    'data',
  );
  const read = <T>(nom: string): T => JSON.parse(fs.readFileSync(path.join(dir, `${nom}.json`), 'utf8')) as T;
  return { communes: read('communes'), epci: read('epci') };
}

export function buildAppartenances(cog: Cog, communes: Iterable<string>): Appartenances {
  const csv = fs.readFileSync(
    path.resolve(__dirname, '../../data/territoires/departements-anciennes-regions.csv'),
    'utf8',
  );
  const anciennes = new Map(
    Papa.parse<{ departement_code: string; ancienne_region_code: string }>(csv, {
      header: true,
      delimiter: ';',
      skipEmptyLines: true,
    }).data.map((r) => [r.departement_code, r.ancienne_region_code]),
  );
  const actuelles = new Map(
    cog.communes.filter((c) => c.type === 'commune-actuelle').map((c) => [c.code, c]),
  );
  const epci = new Map(cog.epci.flatMap((e) => e.membres.map((m) => [m.code, e.code] as const)));
  const appartenances: Appartenances = {
    EPCI: new Map(),
    DEPARTEMENT: new Map(),
    REGION: new Map(),
    ANCIENNE_REGION: new Map(),
    FRANCE: new Map(),
  };
  for (const code of communes) {
    const c = actuelles.get(code)!;
    const e = epci.get(code);
    if (e) appartenances.EPCI.set(code, e);
    appartenances.DEPARTEMENT.set(code, c.departement);
    appartenances.REGION.set(code, c.region);
    // Overseas regions kept their codes in 2016.
    appartenances.ANCIENNE_REGION.set(code, anciennes.get(c.departement) ?? c.region);
    appartenances.FRANCE.set(code, 'FR');
  }
  return appartenances;
}
