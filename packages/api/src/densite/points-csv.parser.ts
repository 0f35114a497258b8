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
    for (const [champ, max] of [['categorie', 200], ['source', 1000]] as const) {
      if ((texteOuNull(champ)?.length ?? 0) > max) erreurs.push({ ligne, champ, message: `${champ} trop longue (${max} caractères au plus)` });
    }
    if (lon === null || lat === null) continue;
    points.push({ lon, lat, poids: poids ?? 1, categorie: texteOuNull('categorie'), source: texteOuNull('source') });
  }
  // An empty file would replace the layer's points by none.
  if (points.length === 0 && erreurs.length === 0) erreurs.push({ ligne: 2, champ: 'fichier', message: 'Le fichier ne contient aucun point.' });
  return { points: erreurs.length ? [] : points, erreurs };
}
