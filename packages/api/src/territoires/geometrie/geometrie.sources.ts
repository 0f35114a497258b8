// A parent rebuilt from members of which some have no official outline (after an import of one level).
export const SOURCE_APPROXIMATIVE =
  "Contour approximatif : réunion des contours des membres, dont certains ne sont pas officiels (ce n'est pas un contour officiel).";

// centre_source: where the representative point comes from.
export const CENTRE_SURFACE = 'point intérieur du contour approximatif';

export function sourceUnion(niveauMembre: string): string {
  return `Réunion des contours officiels des membres (niveau ${niveauMembre}).`;
}
