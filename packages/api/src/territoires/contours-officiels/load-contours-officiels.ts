import { raw, sql } from '../../common/sql';
import type { Executor } from '../../database/executor';
import { readDecoupage } from '../referentiel/read-decoupage';
import { CONTOURS_MILLESIME, CONTOURS_SOURCE_NOM } from './contours-officiels.source';
import { dissolveContours, type Appartenances, type ContourTerritoire } from './dissolve-contours';
import { mapCommunes2018, type CommuneCog, type CommuneSansContour, type CorrespondanceCommunes2018 } from './map-communes-2018';
import { readCommunesSansContour } from './read-communes-sans-contour';
import { readContoursCommunes, type ContoursCommunes } from './read-contours-communes';
import { computeAireKm2 } from './aire-ellipsoide';
import { toTwkb } from './to-twkb';
import { VERSIONS_AFFICHAGE } from './versions-affichage';

// Every level above the commune, dissolved from the communes (Pays included: the composition valid today).
export const NIVEAUX_DISSOUS = ['EPCI', 'PAYS', 'DEPARTEMENT', 'REGION', 'ANCIENNE_REGION', 'FRANCE'] as const;

export const CENTRE_CONTOUR_OFFICIEL = 'point intérieur du contour officiel';
const LOT = 1000;

// ST_MakeValid only where needed (a handful of communes self-touch once quantised, MESURES.md).
const repare = (g: string) =>
  `CASE WHEN ${g} IS NULL OR ST_IsValid(${g}) THEN ${g} ELSE ST_Multi(ST_CollectionExtract(ST_MakeValid(${g}), 3)) END`;

// Wall time and this process's CPU time (the embedded PGlite runs in it): on a machine shared with other work the
// CPU time is the figure that does not depend on the load.
function chrono(log: (m: string) => void): (nom: string) => void {
  let depuis = Date.now();
  let cpu = process.cpuUsage();
  return (nom) => {
    const { user, system } = process.cpuUsage(cpu);
    log(`  contours officiels : ${nom} (${((Date.now() - depuis) / 1000).toFixed(1)} s, CPU ${((user + system) / 1e6).toFixed(1)} s)`);
    depuis = Date.now();
    cpu = process.cpuUsage();
  };
}

// Current commune → its parents at each level, from the memberships valid today.
async function readAppartenances(db: Executor): Promise<Appartenances> {
  const rows = await db.query<{ commune: string; niveau: string; parent: string }>(
    sql`SELECT code_membre AS commune, niveau_parent AS niveau, code_parent AS parent FROM territoire_lien
        WHERE niveau_membre = 'COMMUNE' AND niveau_parent <> 'COMMUNE'
          AND (date_debut IS NULL OR date_debut <= current_date) AND (date_fin IS NULL OR date_fin > current_date)`,
  );
  const appartenances: Appartenances = new Map();
  for (const { commune, niveau, parent } of rows) {
    const parNiveau = appartenances.get(commune) ?? new Map<string, string[]>();
    appartenances.set(commune, parNiveau);
    parNiveau.set(niveau, [...(parNiveau.get(niveau) ?? []), parent]);
  }
  return appartenances;
}

// Transport precision: 6 decimals (0.1 m) for the full outlines, the display grids for the display versions.
const PRECISION_COMPLETE = 6;

// Writes the outlines; returns the communes that needed a repair.
async function writeContours(db: Executor, contours: ContourTerritoire[]): Promise<string[]> {
  const twkb = (g: GeoJSON.MultiPolygon | null, precision: number) => (g ? toTwkb(g, precision) : null);
  const reparees: string[] = [];
  for (let i = 0; i < contours.length; i += LOT) {
    const lot = contours.slice(i, i + LOT);
    const rows = await db.query<{ code: string }>(
      sql`WITH u AS (UPDATE territoire t SET geom = v.g, geom_moyenne = v.gm, geom_basse = v.gb, superficie_km2 = v.aire,
            centre = ST_PointOnSurface(v.g), centre_source = ${CENTRE_CONTOUR_OFFICIEL},
            geometrie_source = 'OFFICIELLE', geometrie_source_nom = ${CONTOURS_SOURCE_NOM}, geometrie_millesime = ${CONTOURS_MILLESIME}
          FROM (SELECT niveau, code, aire, NOT ST_IsValid(g) AS reparee, ${raw(repare('g'))} AS g, ${raw(repare('gm'))} AS gm, ${raw(repare('gb'))} AS gb
                FROM (SELECT niveau, code, aire, ST_SetSRID(ST_GeomFromTWKB(g), 4326) AS g, ST_SetSRID(ST_GeomFromTWKB(gm), 4326) AS gm,
                             ST_SetSRID(ST_GeomFromTWKB(gb), 4326) AS gb
                      FROM unnest(${lot.map((c) => c.niveau)}::text[], ${lot.map((c) => c.code)}::text[], ${lot.map((c) => computeAireKm2(c.complet))}::float8[],
                                  ${lot.map((c) => twkb(c.complet, PRECISION_COMPLETE))}::bytea[],
                                  ${lot.map((c) => twkb(c.moyenne, VERSIONS_AFFICHAGE.MOYENNE.decimales))}::bytea[],
                                  ${lot.map((c) => twkb(c.basse, VERSIONS_AFFICHAGE.BASSE.decimales))}::bytea[]) AS u(niveau, code, aire, g, gm, gb)) AS brut) AS v
          WHERE t.niveau = v.niveau AND t.code = v.code
          RETURNING t.niveau, t.code, v.reparee)
          SELECT code FROM u WHERE niveau = 'COMMUNE' AND reparee`,
    );
    reparees.push(...rows.map((r) => r.code));
  }
  return reparees;
}

// Where the source's simplification and the grid made a border cross itself (76646, MESURES.md), a commune and
// its neighbours overlap by a few hundred m²: around each repaired commune, the overlap stays with the lower code.
async function removeChevauchements(db: Executor, reparees: string[]): Promise<void> {
  if (!reparees.length) return;
  await db.query(
    sql`WITH voisines AS (
          SELECT DISTINCT c.code FROM territoire r JOIN territoire c ON c.niveau = 'COMMUNE' AND c.geom && r.geom
          WHERE r.niveau = 'COMMUNE' AND r.code = ANY(${reparees}::text[])),
        paires AS (
          SELECT a.code AS garde, b.code AS coupe FROM territoire a
          JOIN territoire b ON b.niveau = 'COMMUNE' AND a.code < b.code AND a.geom && b.geom AND ST_Relate(a.geom, b.geom, '2********')
          WHERE a.niveau = 'COMMUNE' AND a.code IN (SELECT code FROM voisines) AND b.code IN (SELECT code FROM voisines)),
        coupes AS (
          SELECT p.coupe, ST_Union(a.geom) AS g FROM paires p JOIN territoire a ON a.niveau = 'COMMUNE' AND a.code = p.garde GROUP BY p.coupe)
        UPDATE territoire t SET geom = ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Difference(t.geom, c.g)), 3))
        FROM coupes c WHERE t.niveau = 'COMMUNE' AND t.code = c.coupe`,
  );
}

// What stays approximate says so: a commune restored after 2018 has no outline of its own (a point inside its
// 2018 parent's outline), and that parent's outline is too large for today's commune.
async function flagSansContour(db: Executor, correspondance: CorrespondanceCommunes2018, noms: Map<string, string>): Promise<void> {
  for (const { code, parent2018 } of correspondance.sansContour) {
    const parent = correspondance.communeActuelle.get(parent2018)!;
    await db.query(
      sql`UPDATE territoire t SET geometrie_source = 'APPROXIMATIVE', geometrie_millesime = ${CONTOURS_MILLESIME},
            geometrie_source_nom = ${`${CONTOURS_SOURCE_NOM} : pas de contour propre (commune rétablie après 2018, comprise alors dans ${noms.get(parent) ?? parent} ${parent})`},
            centre = p.centre,
            centre_source = ${`approximatif : point intérieur du contour 2018 de ${noms.get(parent) ?? parent} (${parent}), qui la comprenait`}
          FROM territoire p WHERE p.niveau = 'COMMUNE' AND p.code = ${parent} AND t.niveau = 'COMMUNE' AND t.code = ${code}`,
    );
    await db.query(
      sql`UPDATE territoire SET geometrie_source = 'APPROXIMATIVE',
            geometrie_source_nom = ${`${CONTOURS_SOURCE_NOM} : contour de 2018, trop grand (il comprend des communes rétablies depuis)`}
          WHERE niveau = 'COMMUNE' AND code = ${parent}`,
    );
  }
}

export interface SourceContours {
  fichier: ContoursCommunes;
  // @etalab/decoupage-administratif's communes.json (entries carry chefLieu, anciensCodes, nom).
  cog: (CommuneCog & { nom: string })[];
  sansContour: CommuneSansContour[];
}

export function readSourceContours(): SourceContours {
  return {
    fichier: readContoursCommunes(),
    cog: readDecoupage().communes as (CommuneCog & { nom: string })[],
    sansContour: readCommunesSansContour(),
  };
}

// Reference data, first start (both backends): every territory's official outline, dissolved in Node from the
// committed 2018 commune outlines mapped to today's communes; fails on any 2018 code left unmatched.
export async function loadContoursOfficiels(
  db: Executor,
  log: (m: string) => void,
  source: SourceContours = readSourceContours(),
): Promise<CorrespondanceCommunes2018> {
  const etape = chrono(log);
  const { fichier, cog } = source;
  const codes2018 = Object.values(fichier.zones).flatMap((t) =>
    t.objects.communes.geometries.map((g) => (g.properties as { code: string }).code),
  );
  const correspondance = mapCommunes2018(codes2018, cog, source.sansContour);
  const appartenances = await readAppartenances(db);
  etape(`lecture et correspondance 2018 → communes actuelles (${codes2018.length} communes de 2018)`);
  const contours = dissolveContours(fichier.zones, correspondance.communeActuelle, appartenances, NIVEAUX_DISSOUS, etape);
  await db.query(
    sql`UPDATE territoire SET geom = NULL, geom_moyenne = NULL, geom_basse = NULL, centre = NULL, centre_source = NULL,
          superficie_km2 = NULL, geometrie_source = 'APPROXIMATIVE', geometrie_source_nom = NULL, geometrie_millesime = NULL
        WHERE geom IS NOT NULL OR centre IS NOT NULL OR geometrie_source_nom IS NOT NULL`,
  );
  const reparees = await writeContours(db, contours);
  await removeChevauchements(db, reparees);
  etape(`écriture de ${contours.length} contours (${reparees.length} communes réparées, points intérieurs, superficies)`);
  await flagSansContour(db, correspondance, new Map(cog.filter((c) => c.type === 'commune-actuelle').map((c) => [c.code, c.nom])));
  return correspondance;
}
