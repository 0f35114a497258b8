// The product's built-in outlines (packages/api/data/contours/SOURCE.md): their source, vintage and the
// attribution text the source requires wherever they, or anything dissolved from them, are shown or exported.
export const CONTOURS_OFFICIELS = {
  nom: 'IGN Admin Express COG 2018',
  millesime: 2018,
  attribution: 'Contours : IGN Admin Express COG 2018 (simplifiés, france-geojson), Licence Ouverte / Etalab 2.0',
} as const;

export const CONTOURS_APPROXIMATIFS =
  'Contours approximatifs signalés : communes rétablies après 2018 (sans contour propre dans les contours de 2018) et communes dont le contour de 2018 les comprenait encore';

export interface ContourDecrit {
  geometrieSource?: string | null;
  geometrieSourceNom?: string | null;
  geometrieMillesime?: number | null;
}

// The lines a legend or an export carries about the outlines of what it shows: attribution and vintage of the
// built-in outlines, the name of any imported source, and a warning when some are approximate.
export function describeContours(territoires: readonly ContourDecrit[]): string[] {
  const lignes: string[] = [];
  const autres = new Set<string>();
  let officiels = false;
  let approximatifs = false;
  for (const t of territoires) {
    if (t.geometrieSource === 'APPROXIMATIVE') approximatifs = true;
    if (t.geometrieSourceNom?.startsWith(CONTOURS_OFFICIELS.nom)) officiels = true;
    else if (t.geometrieSourceNom) autres.add(t.geometrieSourceNom);
  }
  if (officiels) lignes.push(`${CONTOURS_OFFICIELS.attribution} — millésime ${CONTOURS_OFFICIELS.millesime}.`);
  for (const nom of [...autres].sort()) lignes.push(`Contours : ${nom}.`);
  if (approximatifs) lignes.push(`${CONTOURS_APPROXIMATIFS}.`);
  return lignes;
}
