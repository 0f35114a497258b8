import Papa from 'papaparse';
import { readDecimal } from '../emploi/csv-nombres';
import type { ErreurLigne } from '../emploi/emploi-csv.parser';

export interface PointLigne {
  lon: number;
  lat: number;
  categorie: string | null;
  poids: number;
  source: string | null;
}

const COLONNES = ['lon', 'lat', 'categorie', 'poids', 'source'] as const;

// lon, lat, categorie, poids, source; `;` or `,`, BOM ok, French decimals when `;`. Every line is checked.
export function parsePointsCsv(texte: string): { points: PointLigne[]; erreurs: ErreurLigne[] } {
  const contenu = texte.replace(/^\uFEFF/, '');
  const entete = contenu.split(/\r?\n/, 1)[0] ?? '';
  const parsed = Papa.parse<Record<string, string>>(contenu, {
    header: true,
    delimiter: entete.includes(';') ? ';' : ',',
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const manquantes = COLONNES.filter((c) => !parsed.meta.fields?.includes(c));
  if (manquantes.length > 0) {
    return { points: [], erreurs: [{ ligne: 1, champ: manquantes.join(', '), message: `colonnes manquantes : ${manquantes.join(', ')}` }] };
  }
  const points: PointLigne[] = [];
  const erreurs: ErreurLigne[] = [];
  parsed.data.forEach((row, index) => {
    const ligne = index + 2;
    const lire = (champ: 'lon' | 'lat' | 'poids', min: number, max: number): number | null => {
      const brut = (row[champ] ?? '').trim();
      const l = readDecimal(brut === '' ? null : brut, min, max);
      if (!l.ok) erreurs.push({ ligne, champ, message: l.message });
      else if (l.valeur === null && champ !== 'poids') erreurs.push({ ligne, champ, message: `${champ} manquante` });
      return l.ok ? l.valeur : null;
    };
    const lon = lire('lon', -180, 180);
    const lat = lire('lat', -90, 90);
    const poids = lire('poids', 0, 1e12);
    if (lon === null || lat === null) return;
    const texteOuNull = (c: string) => ((row[c] ?? '').trim() === '' ? null : (row[c] ?? '').trim());
    points.push({ lon, lat, poids: poids ?? 1, categorie: texteOuNull('categorie'), source: texteOuNull('source') });
  });
  return { points: erreurs.length ? [] : points, erreurs };
}
