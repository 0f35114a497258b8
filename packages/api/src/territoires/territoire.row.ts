import { GeometrieSource, NiveauTerritorial } from './territoire.enums';
import { Territoire } from './territoire.type';

export interface TerritoireRow {
  niveau: string;
  code: string;
  nom: string;
  population: number | null;
  population_annee: number | null;
  population_source: string | null;
  superficie_km2: number | null;
  geometrie_source: string;
  geometrie_source_nom: string | null;
}

// The columns of TerritoireRow, for a table aliased `alias`.
export function territoireColumns(alias: string): string {
  return ['niveau', 'code', 'nom', 'population', 'population_annee', 'population_source', 'superficie_km2', 'geometrie_source', 'geometrie_source_nom']
    .map((c) => `${alias}.${c}`)
    .join(', ');
}

export function toTerritoire(row: TerritoireRow): Territoire {
  return Object.assign(new Territoire(), {
    code: row.code,
    nom: row.nom,
    niveau: row.niveau as NiveauTerritorial,
    population: row.population,
    populationAnnee: row.population_annee,
    populationSource: row.population_source,
    superficieKm2: row.superficie_km2,
    geometrieSource: row.geometrie_source as GeometrieSource,
    geometrieSourceNom: row.geometrie_source_nom,
  });
}

export function territoireKey(t: { niveau: string; code: string }): string {
  return `${t.niveau}:${t.code}`;
}
