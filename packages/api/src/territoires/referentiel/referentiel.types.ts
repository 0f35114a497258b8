import type { NiveauTerritorial } from '@poles-ess/shared';

export interface TerritoireSource {
  niveau: NiveauTerritorial;
  code: string;
  nom: string;
  population: number | null;
  population_annee: number | null;
  population_source: string | null;
  zone: string | null;
}

export interface LienSource {
  niveau_membre: NiveauTerritorial;
  code_membre: string;
  niveau_parent: NiveauTerritorial;
  code_parent: string;
  date_debut: string | null;
  date_fin: string | null;
  source: string | null;
  confiance: string | null;
  note: string | null;
}

export interface Referentiel {
  territoires: TerritoireSource[];
  liens: LienSource[];
}

export const DECOUPAGE_VERSION = '6.0.0';
export const DECOUPAGE_SOURCE = `@etalab/decoupage-administratif ${DECOUPAGE_VERSION} (INSEE COG 2026, EPCI DGCL 2026), Licence Ouverte`;
// The package links INSEE's légal populations without stating their reference year: the year stays null.
export const POPULATION_SOURCE = `INSEE, populations légales diffusées avec le COG 2026 (@etalab/decoupage-administratif ${DECOUPAGE_VERSION}, année de référence non précisée)`;
export const POPULATION_SOMME_SOURCE = `somme des populations communales : ${POPULATION_SOURCE}`;
