import { formatNombre, formatPourcentage } from '@poles-ess/shared';
import type { IndicateurCarte } from '../../graphql/generated/graphql';

export interface IndicateurDefinition {
  value: IndicateurCarte;
  label: string;
  format: (value: number | null | undefined) => string;
  /** Unit written after each legend row (« % »); none when the label already says it. */
  unite?: string;
}

const entier = (v: number | null | undefined) => formatNombre(v === null || v === undefined ? v : Math.round(v));
const decimal = (v: number | null | undefined) => (v === null || v === undefined ? formatNombre(v) : formatNombre(v, 1));

// Les indicateurs cartographiables de l'API (IndicateurCarte), en français.
export const INDICATEURS_CARTE: IndicateurDefinition[] = [
  { value: 'POPULATION', label: 'Population', format: entier },
  { value: 'DENSITE_POPULATION', label: 'Densité de population (hab./km²)', format: decimal },
  { value: 'NOMBRE_POLES', label: 'Nombre de pôles situés', format: entier },
  { value: 'POLES_POUR_100000_HABITANTS', label: 'Pôles pour 100 000 habitants', format: decimal },
  { value: 'PART_EMPLOI_ESS', label: 'Part de l’ESS dans l’emploi salarié total (%)', format: (v) => formatPourcentage(v), unite: '%' },
  { value: 'PART_POPULATION_COUVERTE', label: 'Population à moins de 20 km d’un pôle actif (%)', format: (v) => formatPourcentage(v), unite: '%' },
];

// The Carte opens on an indicator every territory of every level has (a count of poles: 0 included), so that the
// first map is never mostly grey; the others may leave territories without a value, and say how many.
export const INDICATEUR_CARTE_DEFAUT: IndicateurCarte = 'NOMBRE_POLES';
// « No indicator » is a choice of its own in the URL, the default being an indicator.
export const SANS_INDICATEUR_VALEUR = 'AUCUN';

export function findIndicateur(value: string | null): IndicateurDefinition | null {
  return INDICATEURS_CARTE.find((i) => i.value === value) ?? null;
}
