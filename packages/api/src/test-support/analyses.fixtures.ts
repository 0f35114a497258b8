import { sql } from '../common/sql';
import type { AppServices } from '../context';

// A fixture small enough to check by hand, on the equator (1° of longitude = 111.319 km on WGS 84):
// région 99 = Pays A [0,1], B [1,2], C [2,3] (lon, lat -0.5..0.5); communes A1, A2, B1, B2, C1 with centres on lat 0.
// P1 hébergement actif at 0.25 (A1); P2 association actif ON the A/B boundary (1.0), acting on Pays B;
// P3 centre multifonction en projet at 1.75 (B2); P4 association active acting on free text « montagne
// limousine », no position; P5 hébergement actif without position, attached to B by its seat.
export const DEGRE_KM = 111.319;

const box = (x0: number, x1: number) =>
  `SRID=4326;MULTIPOLYGON(((${x0} -0.5, ${x1} -0.5, ${x1} 0.5, ${x0} 0.5, ${x0} -0.5)))`;
const pt = (x: number) => `SRID=4326;POINT(${x} 0)`;

export const POLES = {
  P1: '00000000-0000-4000-8000-000000000001',
  P2: '00000000-0000-4000-8000-000000000002',
  P3: '00000000-0000-4000-8000-000000000003',
  P4: '00000000-0000-4000-8000-000000000004',
  P5: '00000000-0000-4000-8000-000000000005',
};

export async function insertAnalysesFixture({ db, derivees }: AppServices): Promise<void> {
  const territoires: [string, string, string, number | null, string, string][] = [
    ['FRANCE', 'FR', 'France', 13000, box(0, 3), pt(1.5)],
    ['REGION', '99', 'Région test', 13000, box(0, 3), pt(1.5)],
    ['PAYS', 'PAYS-A', 'Pays A', 4000, box(0, 1), pt(0.5)],
    ['PAYS', 'PAYS-B', 'Pays B', 4000, box(1, 2), pt(1.5)],
    ['PAYS', 'PAYS-C', 'Pays C', 5000, box(2, 3), pt(2.5)],
    ['COMMUNE', '99001', 'A1', 1000, box(0, 0.5), pt(0.25)],
    ['COMMUNE', '99002', 'A2', 3000, box(0.5, 1), pt(0.75)],
    ['COMMUNE', '99003', 'B1', 2000, box(1, 1.5), pt(1.25)],
    ['COMMUNE', '99004', 'B2', 2000, box(1.5, 2), pt(1.75)],
    ['COMMUNE', '99005', 'C1', 5000, box(2, 3), pt(2.5)],
  ];
  for (const [niveau, code, nom, population, geom, centre] of territoires) {
    await db.query(
      sql`INSERT INTO territoire (niveau, code, nom, nom_recherche, population, population_annee, population_source, geom, centre, superficie_km2)
          VALUES (${niveau}, ${code}, ${nom}, lower(${nom}), ${population}, 2023, 'fixture', ST_GeomFromEWKT(${geom}), ST_GeomFromEWKT(${centre}),
                  ST_Area(ST_GeomFromEWKT(${geom})::geography) / 1e6)`,
    );
  }
  const liens: [string, string, string, string][] = [
    ['REGION', '99', 'FRANCE', 'FR'],
    ...['PAYS-A', 'PAYS-B', 'PAYS-C'].flatMap((p): [string, string, string, string][] => [
      ['PAYS', p, 'REGION', '99'], ['PAYS', p, 'FRANCE', 'FR'],
    ]),
    ...([['99001', 'PAYS-A'], ['99002', 'PAYS-A'], ['99003', 'PAYS-B'], ['99004', 'PAYS-B'], ['99005', 'PAYS-C']] as const).flatMap(
      ([c, p]): [string, string, string, string][] => [
        ['COMMUNE', c, 'PAYS', p], ['COMMUNE', c, 'REGION', '99'], ['COMMUNE', c, 'FRANCE', 'FR'],
      ],
    ),
  ];
  for (const [nm, cm, np, cp] of liens) {
    await db.query(sql`INSERT INTO territoire_lien (niveau_membre, code_membre, niveau_parent, code_parent, source) VALUES (${nm}, ${cm}, ${np}, ${cp}, 'fixture')`);
  }
  const poles: [string, string, string, string, number | null, string | null][] = [
    [POLES.P1, 'Pôle un', 'ESPACE_HEBERGEMENT', 'ACTIF', 0.25, '2008'],
    [POLES.P2, 'Pôle deux', 'ASSOCIATION_DEVELOPPEMENT', 'ACTIF', 1.0, '2010'],
    [POLES.P3, 'Pôle trois', 'CENTRE_MULTIFONCTION', 'PROJET', 1.75, null],
    [POLES.P4, 'Pôle quatre', 'ASSOCIATION_DEVELOPPEMENT', 'ACTIF', null, '2010'],
    [POLES.P5, 'Pôle cinq', 'ESPACE_HEBERGEMENT', 'ACTIF', null, null],
  ];
  for (const [id, nom, type, statut, x, creation] of poles) {
    await db.query(
      sql`INSERT INTO pole (id, slug, nom, nom_recherche, type, statut, position, precision_position, date_creation)
          VALUES (${id}::uuid, ${id}::text, ${nom}, lower(${nom}), ${type}, ${statut},
                  ${x === null ? sql`NULL, NULL` : sql`ST_SetSRID(ST_MakePoint(${x}::float8, 0), 4326), 'ADRESSE'`}, ${creation})`,
    );
  }
  // What the poles feature computes (a pole on a boundary intersects both territories).
  const situes: [string, string, string, string][] = [
    [POLES.P1, 'PAYS', 'PAYS-A', 'GEOMETRIE'], [POLES.P1, 'REGION', '99', 'GEOMETRIE'],
    [POLES.P2, 'PAYS', 'PAYS-A', 'GEOMETRIE'], [POLES.P2, 'PAYS', 'PAYS-B', 'GEOMETRIE'], [POLES.P2, 'REGION', '99', 'GEOMETRIE'],
    [POLES.P3, 'PAYS', 'PAYS-B', 'GEOMETRIE'], [POLES.P3, 'REGION', '99', 'GEOMETRIE'],
    [POLES.P5, 'PAYS', 'PAYS-B', 'LIEN_COMMUNE_SIEGE'], [POLES.P5, 'REGION', '99', 'LIEN_COMMUNE_SIEGE'],
    [POLES.P1, 'FRANCE', 'FR', 'GEOMETRIE'], [POLES.P2, 'FRANCE', 'FR', 'GEOMETRIE'], [POLES.P3, 'FRANCE', 'FR', 'GEOMETRIE'],
    [POLES.P5, 'FRANCE', 'FR', 'LIEN_COMMUNE_SIEGE'],
  ];
  for (const [id, niveau, code, methode] of situes) {
    await db.query(sql`INSERT INTO pole_territoire (pole_id, niveau, code, methode) VALUES (${id}, ${niveau}, ${code}, ${methode})`);
  }
  await db.query(
    sql`INSERT INTO pole_territoire_action (pole_id, niveau, code, libelle) VALUES
          (${POLES.P2}, 'PAYS', 'PAYS-B', 'Pays B'), (${POLES.P4}, NULL, NULL, 'montagne limousine')`,
  );
  // What the product does after every pole write (and at start).
  await db.transaction((tx) => derivees.apresEcriturePoles(tx));
}

// The analyses fixture and ESS employment figures of the région and two Pays (Pays B's share is of private
// employment only).
export async function insertAnalysesEmploiFixture(app: AppServices): Promise<void> {
  await insertAnalysesFixture(app);
  await app.db.query(
    sql`INSERT INTO emploi_ess (niveau, code, nom, annee, effectif_salarie, part_emploi, denominateur, denominateur_libelle, champ,
          associations, cooperatives, mutuelles, fondations, unite_familles, source) VALUES
        ('REGION', '99', 'Région test', 2017, 5000, 14.3, 'EMPLOI_SALARIE_TOTAL', 'emploi salarié total', 'QUATRE_FAMILLES', 70, 18, 6, 3, 'PART_EFFECTIF', 'Source R 2018'),
        ('PAYS', 'PAYS-A', 'Pays A', 2012, 300, 16.7, 'EMPLOI_SALARIE_TOTAL', 'emploi salarié total', 'QUATRE_FAMILLES', NULL, NULL, NULL, NULL, NULL, 'Panorama A'),
        ('PAYS', 'PAYS-B', 'Pays B', 2013, 200, 12.6, 'EMPLOI_PRIVE', 'emploi privé', 'QUATRE_FAMILLES', NULL, NULL, NULL, NULL, NULL, 'Panorama B')`,
  );
}
