import { readCsv, type ErreurLigne } from '../common/csv/read-csv';
import { readDecimal } from '../common/csv/read-nombre';

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
  const lu = readCsv(texte, { obligatoires: COLONNES, connues: COLONNES });
  const erreurs = [...lu.erreurs];
  const points: PointLigne[] = [];
  for (const { ligne, cellules } of lu.lignes) {
    const texteOuNull = (c: string) => cellules[c]?.trim() || null;
    const lire = (champ: 'lon' | 'lat' | 'poids', min: number, max: number): number | null => {
      const l = readDecimal(texteOuNull(champ), min, max);
      if (!l.ok) erreurs.push({ ligne, champ, message: l.message });
      else if (l.valeur === null && champ !== 'poids') erreurs.push({ ligne, champ, message: `${champ} manquante` });
      return l.ok ? l.valeur : null;
    };
    const lon = lire('lon', -180, 180);
    const lat = lire('lat', -90, 90);
    const poids = lire('poids', 0, 1e12);
    if (lon === null || lat === null) continue;
    points.push({ lon, lat, poids: poids ?? 1, categorie: texteOuNull('categorie'), source: texteOuNull('source') });
  }
  return { points: erreurs.length ? [] : points, erreurs };
}
