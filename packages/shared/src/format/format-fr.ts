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

export function formatTexte(value: string | null | undefined): string {
  return value === null || value === undefined || value.trim() === '' ? NON_RENSEIGNE : value;
}

export { NON_RENSEIGNE };
