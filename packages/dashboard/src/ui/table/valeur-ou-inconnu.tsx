import { NON_RENSEIGNE } from '@poles-ess/shared';

// « non renseigné » en italique grise : l'inconnu se voit sans être confondu avec une valeur.
export function ValeurOuInconnu({ value }: { value: string | number | null | undefined }) {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) {
    return <span className="non-renseigne">{NON_RENSEIGNE}</span>;
  }
  return <>{typeof value === 'number' ? new Intl.NumberFormat('fr-FR').format(value) : value}</>;
}
