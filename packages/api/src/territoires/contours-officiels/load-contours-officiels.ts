import { raw, sql } from '../../common/sql';
import type { Executor } from '../../database/executor';
import { readDecoupage } from '../referentiel/read-decoupage';
import { CONTOURS_MILLESIME, CONTOURS_SOURCE_NOM } from './contours-officiels.source';
import { dissolveContours, type Appartenances, type ContourTerritoire } from './dissolve-contours';
import { mapCommunes2018, type CommuneCog, type CommuneSansContour, type CorrespondanceCommunes2018 } from './map-communes-2018';
import { readCommunesSansContour } from './read-communes-sans-contour';
import { readContoursCommunes, type ContoursCommunes } from './read-contours-communes';
import { toWkb } from './to-wkb';

// Every level above the commune, dissolved from the communes (Pays included: the composition valid today).
export const NIVEAUX_DISSOUS = ['EPCI', 'PAYS', 'DEPARTEMENT', 'REGION', 'ANCIENNE_REGION', 'FRANCE'] as const;

export const CENTRE_CONTOUR_OFFICIEL = 'point intérieur du contour officiel';
const LOT = 1000;

// ST_MakeValid only where needed (a handful of communes self-touch once quantised, MESURES.md).
const repare = (g: string) =>
  `CASE WHEN ${g} IS NULL OR ST_IsValid(${g}) THEN ${g} ELSE ST_Multi(ST_CollectionExtract(ST_MakeValid(${g}), 3)) END`;

function chrono(log: (m: string) => void): (nom: string) => void {
  let depuis = Date.now();
  return (nom) => {
    log(`  contours officiels : ${nom} (${((Date.now() - depuis) / 1000).toFixed(1)} s)`);
    depuis = Date.now();
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

async function writeContours(db: Executor, contours: ContourTerritoire[]): Promise<void> {
  for (let i = 0; i < contours.length; i += LOT) {
    const lot = contours.slice(i, i + LOT);
    await db.query(
      sql`UPDATE territoire t SET geom = v.g, geom_moyenne = v.gm, geom_basse = v.gb,
            superficie_km2 = ST_Area(v.g::geography) / 1e6, centre = ST_PointOnSurface(v.g), centre_source = ${CENTRE_CONTOUR_OFFICIEL},
            geometrie_source = 'OFFICIELLE', geometrie_source_nom = ${CONTOURS_SOURCE_NOM}, geometrie_millesime = ${CONTOURS_MILLESIME}
          FROM (SELECT niveau, code, ${raw(repare('g'))} AS g, ${raw(repare('gm'))} AS gm, ${raw(repare('gb'))} AS gb
                FROM (SELECT niveau, code, ST_SetSRID(ST_GeomFromWKB(g), 4326) AS g, ST_SetSRID(ST_GeomFromWKB(gm), 4326) AS gm,
                             ST_SetSRID(ST_GeomFromWKB(gb), 4326) AS gb
                      FROM unnest(${lot.map((c) => c.niveau)}::text[], ${lot.map((c) => c.code)}::text[],
                                  ${lot.map((c) => toWkb(c.complet))}::bytea[], ${lot.map((c) => (c.moyenne ? toWkb(c.moyenne) : null))}::bytea[],
                                  ${lot.map((c) => (c.basse ? toWkb(c.basse) : null))}::bytea[]) AS u(niveau, code, g, gm, gb)) AS brut) AS v
          WHERE t.niveau = v.niveau AND t.code = v.code`,
    );
  }
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
  await writeContours(db, contours);
  etape(`écriture de ${contours.length} contours (réparés, points intérieurs, superficies)`);
  await flagSansContour(db, correspondance, new Map(cog.filter((c) => c.type === 'commune-actuelle').map((c) => [c.code, c.nom])));
  return correspondance;
}
