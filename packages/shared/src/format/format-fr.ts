const NOMBRE = new Intl.NumberFormat('fr-FR');
const NON_RENSEIGNE = 'non renseigné';

export function formatNombre(value: number | null | undefined, fractionDigits?: number): string {
  if (value === null || value === undefined || Number.isNaN(value)) return NON_RENSEIGNE;
  if (fractionDigits === undefined) return NOMBRE.format(value);
  return new Intl.NumberFormat('fr-FR', {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

export function formatPourcentage(value: number | null | undefined, fractionDigits = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) return NON_RENSEIGNE;
  return `${formatNombre(value, fractionDigits)} %`;
}

/** « 0 pôle », « 1 pôle », « 35 pôles » : the French plural starts at 2. */
export function formatCompte(nombre: number, singulier: string, pluriel: string): string {
  return `${formatNombre(nombre)} ${Math.abs(nombre) >= 2 ? pluriel : singulier}`;
}

export function formatTexte(value: string | null | undefined): string {
  return value === null || value === undefined || value.trim() === '' ? NON_RENSEIGNE : value;
}

export { NON_RENSEIGNE };
