import type { DataSource } from 'typeorm';
import { TYPES_POLE } from '@poles-ess/shared';
import { badUserInput } from '../common/api-error';
import { toEmploiEss, type EmploiEssRow } from '../emploi/emploi-ess.row';
import type { TypePole } from '../poles/pole.enums';
import { buildCouvertureSql } from './couverture.sql';
import type { ComptePoles, CouvertureTerritoire, PoleCouvrant } from './couverture.type';
import { buildDansClause } from './territoire-filter.sql';
import type { NiveauTerritorial, TerritoireRef } from './territoire-graphql';

interface CouvertureRow {
  niveau: NiveauTerritorial;
  code: string;
  nom: string;
  population: number | null;
  population_annee: number | null;
  population_source: string | null;
  par_type_statut: ComptePoles[];
  sans_position: number;
  asso_situee: boolean;
  par_action: (Omit<PoleCouvrant, 'territoireAction'> & { libelle: string })[];
  distances: Record<string, number> | null;
  nombre_communes: number | null;
  distance_moyenne_km: number | null;
  part_couverte: number | null;
  emploi: EmploiEssRow | null;
}

const METHODE =
  'Pôles : table pole_territoire (PostGIS). Distances : géodésiques (geography), pôles ACTIFS localisés seulement. ' +
  'Population : communes du référentiel (centre et population). Emploi ESS : chiffre le plus récent, avec sa source.';

export function computeCouverture(
  dataSource: DataSource,
  niveau: NiveauTerritorial,
  dans: TerritoireRef | null | undefined,
  rayonKm: number,
): Promise<CouvertureTerritoire[]> {
  const params: unknown[] = [niveau, rayonKm * 1000];
  return queryCouverture(dataSource, buildDansClause('t.niveau', 't.code', dans, params), params, rayonKm);
}

// The same figures for a list of territories of any levels (comparisons), still one statement.
// `avecPopulation` false skips the commune distances (the costly part for a whole country).
export function computeCouvertureDe(
  dataSource: DataSource,
  territoires: { niveau: string; code: string }[],
  rayonKm: number,
  avecPopulation: boolean,
): Promise<CouvertureTerritoire[]> {
  const params: unknown[] = [null, rayonKm * 1000, territoires.map((t) => t.niveau), territoires.map((t) => t.code)];
  return queryCouverture(dataSource, '(t.niveau, t.code) IN (SELECT * FROM unnest($3::text[], $4::text[]))', params, rayonKm, avecPopulation);
}

async function queryCouverture(
  dataSource: DataSource, clause: string, params: unknown[], rayonKm: number, avecPopulation = true,
): Promise<CouvertureTerritoire[]> {
  if (!(rayonKm > 0 && rayonKm <= 500)) throw badUserInput('rayonKm', 'Le rayon doit être compris entre 0 et 500 km.');
  const rows = (await dataSource.query(buildCouvertureSql(clause, avecPopulation), params)) as CouvertureRow[];
  return rows.map((r) => {
    const polesCouvrants = r.par_action.map(({ libelle, ...p }) => ({ ...p, territoireAction: libelle }));
    return {
      niveau: r.niveau,
      code: r.code,
      nom: r.nom,
      population: r.population,
      populationAnnee: r.population_annee,
      populationSource: r.population_source,
      polesParTypeStatut: r.par_type_statut,
      nombrePoles: r.par_type_statut.reduce((n, c) => n + c.nombre, 0),
      polesSansPosition: r.sans_position,
      associationDeveloppementActive:
        r.asso_situee || polesCouvrants.some((p) => p.type === 'ASSOCIATION_DEVELOPPEMENT' && p.statut === 'ACTIF'),
      polesCouvrants,
      distancesPoleActif: TYPES_POLE.map((type) => ({ type: type as TypePole, distanceKm: r.distances?.[type] ?? null })),
      distanceMoyennePonderee: r.distance_moyenne_km,
      partPopulationCouverte: r.part_couverte,
      communesMesurees: r.nombre_communes ?? 0,
      rayonKm,
      emploiEss: r.emploi ? toEmploiEss(r.emploi) : null,
      methode: METHODE,
    };
  });
}
