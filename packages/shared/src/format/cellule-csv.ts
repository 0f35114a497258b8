// A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula: such a text is
// written with a leading apostrophe (OWASP, « CSV Injection »). A plain number (-4.48, +3) stays a number.
const DEBUT_DE_FORMULE = /^[=+\-@\t\r]/;
const NOMBRE = /^[+-]?\d+(?:[.,]\d+)?$/;

export function neutraliserFormuleCsv(texte: string): string {
  return DEBUT_DE_FORMULE.test(texte) && !NOMBRE.test(texte) ? `'${texte}` : texte;
}

// The text that `neutraliserFormuleCsv` was given, for files that are read back (an export re-imported).
export function lireCelluleNeutralisee(texte: string): string {
  return texte.startsWith("'") && DEBUT_DE_FORMULE.test(texte.slice(1)) && !NOMBRE.test(texte.slice(1)) ? texte.slice(1) : texte;
}
