import { TYPES_POLE } from '@poles-ess/shared';
import { badUserInput } from '../common/api-error';
import { sql, type Sql } from '../common/sql';
import type { Database } from '../database/database';
import { toEmploiEss, type EmploiEssRow } from '../emploi/emploi-select.sql';
import type { StatutPole, TypePole } from '../poles/pole.enums';
import { buildDansClause } from '../territoires/territoire-filter.sql';
import type { NiveauTerritorial } from '../territoires/territoire.enums';
import type { TerritoireRef } from '../territoires/territoire-ref.input';
import { buildCouvertureSql, buildPartCouverteSql, couvertureStatement } from './couverture.sql';
import type { ComptePoles, CouvertureTerritoire, PoleCouvrant } from './couverture.type';
import { formatStatuts, normalizeStatuts } from './statuts-poles';

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
  distances: Record<string, number | null> | null;
  nombre_communes: number | null;
  distance_moyenne_km: number | null;
  part_couverte: number | null;
  emploi: EmploiEssRow | null;
}

const methode = (statuts: readonly StatutPole[]) =>
  `Pôles : table pole_territoire (PostGIS). Pôles comptés comme présents (distances, association active, population couverte) : statuts ${formatStatuts(statuts)}, localisés seulement. ` +
  'Distances : géodésiques sur la sphère (comme ST_Distance sur geography, à 0,5 % près de l’ellipsoïde) ; celles des communes sont précalculées (table distance_commune_pole, recalculée à chaque modification des pôles ou des communes). ' +
  'Population : communes du référentiel (centre et population). Emploi ESS : chiffre le plus récent, avec sa source.';

function checkRayon(rayonKm: number): void {
  if (!(rayonKm > 0 && rayonKm <= 500)) throw badUserInput('rayonKm', 'Le rayon doit être compris entre 0 et 500 km.');
}

export function computeCouverture(
  db: Database,
  niveau: NiveauTerritorial,
  dans: TerritoireRef | null | undefined,
  rayonKm: number,
  statutsPoles?: readonly StatutPole[] | null,
): Promise<CouvertureTerritoire[]> {
  checkRayon(rayonKm);
  const statuts = normalizeStatuts(statutsPoles);
  return queryCouverture(db, couvertureStatement(niveau, dans, rayonKm, statuts), rayonKm, statuts);
}

// The same figures for a list of territories of any levels (comparisons), still one statement.
// `avecPopulation` false skips the commune distances (not needed unless the population covered is asked).
export function computeCouvertureDe(
  db: Database,
  territoires: { niveau: string; code: string }[],
  rayonKm: number,
  avecPopulation: boolean,
  statutsPoles?: readonly StatutPole[] | null,
): Promise<CouvertureTerritoire[]> {
  checkRayon(rayonKm);
  const statuts = normalizeStatuts(statutsPoles);
  const clause = sql`(t.niveau, t.code) IN (SELECT * FROM unnest(${territoires.map((t) => t.niveau)}::text[], ${territoires.map((t) => t.code)}::text[]))`;
  return queryCouverture(db, buildCouvertureSql({ niveau: null, clause }, statuts, rayonKm * 1000, avecPopulation), rayonKm, statuts);
}

// Population covered only (choropleths), one statement whatever the number of territories.
export async function computePartCouverte(
  db: Database,
  niveau: NiveauTerritorial,
  dans: TerritoireRef | null | undefined,
  rayonKm: number,
  statutsPoles?: readonly StatutPole[] | null,
): Promise<{ code: string; nom: string; valeur: number | null; annee: number | null; source: string | null }[]> {
  checkRayon(rayonKm);
  const statuts = normalizeStatuts(statutsPoles);
  return db.query(buildPartCouverteSql({ niveau, clause: buildDansClause('t.niveau', 't.code', dans) }, statuts, rayonKm * 1000));
}

// A prepared statement: its text depends only on the level, the shape of « dans » and the statuses (a bounded set).
async function queryCouverture(db: Database, statement: Sql, rayonKm: number, statuts: StatutPole[]): Promise<CouvertureTerritoire[]> {
  const rows = await db.prepared<CouvertureRow>(statement);
  const texteMethode = methode(statuts);
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
        r.asso_situee || polesCouvrants.some((p) => p.type === 'ASSOCIATION_DEVELOPPEMENT' && statuts.includes(p.statut)),
      polesCouvrants,
      distancesPoleActif: TYPES_POLE.map((type) => ({ type: type as TypePole, distanceKm: r.distances?.[type] ?? null })),
      distanceMoyennePonderee: r.distance_moyenne_km,
      partPopulationCouverte: r.part_couverte,
      communesMesurees: r.nombre_communes ?? 0,
      rayonKm,
      statutsPoles: statuts,
      emploiEss: r.emploi ? toEmploiEss(r.emploi) : null,
      methode: texteMethode,
    };
  });
}
