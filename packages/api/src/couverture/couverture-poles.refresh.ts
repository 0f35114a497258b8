import { raw, sql, type Sql } from '../common/sql';
import type { Executor } from '../database/executor';
import type { StatutPole, TypePole } from '../poles/pole.enums';
import { fillCommunesArrays, fillCouvertureAction } from './couverture-communes.refresh';
import { empreintePoleSql, shiftSignature } from './couverture-signature.sql';
import { distanceColumn } from './distance-colonnes';
import { STATUTS_DISTANCES_TRIEES } from './statuts-poles';

// What the coverage tables depend on for one pole.
export interface PoleCouvert {
  id: string;
  // Located and not deleted: counted in the distances.
  compte: boolean;
  statut: StatutPole;
  type: TypePole;
  lon: number | null;
  lat: number | null;
  // Its territories of action, as couverture_action reads them.
  action: string;
  empreinte: number;
}

// The columns of a PoleCouvert, for a pole table aliased `p`.
export const COLONNES_POLE_COUVERT = raw(`p.id, (p.supprime_le IS NULL AND p.position IS NOT NULL) AS compte, p.statut, p.type,
  ST_X(p.position) AS lon, ST_Y(p.position) AS lat,
  COALESCE((SELECT string_agg(COALESCE(a.niveau || ':' || a.code, '') || ':' || a.libelle, ',' ORDER BY a.id)
            FROM pole_territoire_action a WHERE a.pole_id = p.id), '') AS action,
  ${empreintePoleSql('p')} AS empreinte`);

export async function readPolesCouverts(db: Executor, ids: readonly string[]): Promise<Map<string, PoleCouvert>> {
  if (ids.length === 0) return new Map();
  const rows = await db.query<PoleCouvert>(sql`SELECT ${COLONNES_POLE_COUVERT} FROM pole p WHERE p.id = ANY(${ids}::uuid[])`);
  return new Map(rows.map((r) => [r.id, r]));
}

// Where a pole counts in the distances (null: nowhere).
const placeDansDistances = (p: PoleCouvert | null) => (p?.compte ? `${p.statut}|${p.type}|${p.lon}|${p.lat}` : null);

// The points distances are measured from: commune centres (distance_commune_pole), other territories' representative
// points (distance_territoire_pole), as in the full rebuild.
const TABLES = [
  {
    table: 'distance_commune_pole',
    points: raw(`SELECT code AS code_commune, centre::geography AS g FROM territoire WHERE niveau = 'COMMUNE' AND centre IS NOT NULL`),
    cle: raw('d.code_commune = x.code_commune'),
    cleAvant: raw('av.code_commune = s.code_commune'),
  },
  {
    table: 'distance_territoire_pole',
    points: raw(`SELECT niveau, code, COALESCE(centre, ST_PointOnSurface(geom))::geography AS g FROM territoire WHERE niveau <> 'COMMUNE' AND (centre IS NOT NULL OR geom IS NOT NULL)`),
    cle: raw('d.niveau = x.niveau AND d.code = x.code'),
    cleAvant: raw('av.niveau = s.niveau AND av.code = s.code'),
  },
] as const;

// A distance may equal the one to a removed pole up to rounding: a few more rows recomputed, never one missed.
const MARGE_M = 1;

const pointSql = (p: PoleCouvert) => sql`ST_SetSRID(ST_MakePoint(${p.lon}::float8, ${p.lat}::float8), 4326)::geography`;

// The pole's two columns: its status with any type, and with its own type.
const colonnes = (p: PoleCouvert) =>
  [
    { nom: distanceColumn(p.statut, 'tous'), poles: sql`q.statut = ${p.statut}` },
    { nom: distanceColumn(p.statut, p.type), poles: sql`q.statut = ${p.statut} AND q.type = ${p.type}` },
  ] as const;

// A pole removed or moved away: the points whose nearest pole it may have been are measured again against the poles
// counted now (only those: the others' nearest pole is still there). `codes` gathers the communes whose distance of
// any type was recomputed (their territories' aggregates read only that one), told by the value before (`avant`).
async function raiseDistances(db: Executor, ancien: PoleCouvert, codes: Set<string>): Promise<void> {
  const cols = colonnes(ancien);
  for (const { table, points, cle, cleAvant } of TABLES) {
    const touchee = (c: string) => sql`d.${raw(c)} >= x.dist - ${MARGE_M}`;
    const sets = cols.map(
      ({ nom, poles }) => sql`${raw(nom)} = CASE WHEN ${touchee(nom)} THEN (SELECT min(ST_Distance(x.g, q.position::geography, false)) FROM pole q
        WHERE q.supprime_le IS NULL AND q.position IS NOT NULL AND ${poles}) ELSE d.${raw(nom)} END`,
    );
    const rows = await db.query<{ code: string | null }>(
      sql`WITH u AS (UPDATE ${raw(table)} d SET ${sets[0]}, ${sets[1]}
          FROM (SELECT s.*, ST_Distance(s.g, ${pointSql(ancien)}, false) AS dist, av.${raw(cols[0].nom)} AS avant
                FROM (${points}) s JOIN ${raw(table)} av ON ${cleAvant}) x
          WHERE ${cle} AND (${touchee(cols[0].nom)} OR ${touchee(cols[1].nom)})
          RETURNING ${raw(table === 'distance_commune_pole' ? `CASE WHEN x.avant >= x.dist - ${MARGE_M} THEN d.code_commune END` : 'NULL::text')} AS code)
          SELECT code FROM u`,
    );
    for (const r of rows) if (r.code) codes.add(r.code);
  }
}

// (UPDATE … RETURNING is read through a CTE: TypeORM answers a bare UPDATE with [rows, count].)

// A pole added or moved: distances fall where it is nearer than the nearest pole so far (a distance of any type that
// changed now equals the new pole's).
async function lowerDistances(db: Executor, nouveau: PoleCouvert, codes: Set<string>): Promise<void> {
  const [tous, parType] = colonnes(nouveau).map((c) => raw(c.nom));
  const plusProche = (c: Sql) => sql`(d.${c} IS NULL OR x.dist < d.${c})`;
  for (const { table, points, cle } of TABLES) {
    const rows = await db.query<{ code: string | null }>(
      sql`WITH u AS (UPDATE ${raw(table)} d SET ${tous} = LEAST(d.${tous}, x.dist), ${parType} = LEAST(d.${parType}, x.dist)
          FROM (SELECT s.*, ST_Distance(s.g, ${pointSql(nouveau)}, false) AS dist FROM (${points}) s) x
          WHERE ${cle} AND (${plusProche(tous!)} OR ${plusProche(parType!)})
          RETURNING ${raw(table === 'distance_commune_pole' ? `CASE WHEN d.${tous!.text} = x.dist THEN d.code_commune END` : 'NULL::text')} AS code)
          SELECT code FROM u`,
    );
    for (const r of rows) if (r.code) codes.add(r.code);
  }
}

// The territories holding the communes whose distances changed: their member arrays, and their sorted distances for
// the statuses kept sorted, are computed again from the communes' rows (in SQL, as the full rebuild's result).
async function refreshTerritoiresDesCommunes(db: Executor, codes: string[], statuts: StatutPole[]): Promise<void> {
  const touches = await db.query<{ niveau: string; code: string }>(
    sql`SELECT DISTINCT niveau_parent AS niveau, code_parent AS code FROM territoire_lien
        WHERE niveau_membre = 'COMMUNE' AND code_membre = ANY(${codes}::text[]) AND date_fin IS NULL`,
  );
  const liste = sql`SELECT * FROM unnest(${touches.map((t) => t.niveau)}::text[], ${touches.map((t) => t.code)}::text[])`;
  const territoires = sql`(l.niveau_parent, l.code_parent) IN (${liste})`;
  await fillCommunesArrays(db, territoires);
  for (const statut of STATUTS_DISTANCES_TRIEES.filter((s) => statuts.includes(s))) {
    const d = raw(`d.${distanceColumn(statut, 'tous')}`);
    await db.query(sql`DELETE FROM couverture_communes_statut WHERE statut = ${statut} AND (niveau, code) IN (${liste})`);
    // One sort: the window's rows come out by territory, then distance, and each group's arrays keep that order.
    await db.query(
      sql`INSERT INTO couverture_communes_statut (niveau, code, statut, nombre_communes, population, distance_moyenne_m, distances_triees, population_cumulee)
          SELECT m.niveau, m.code, ${statut}, count(*), sum(m.population),
            sum(m.population * m.d) / NULLIF(sum(m.population) FILTER (WHERE m.d IS NOT NULL), 0),
            COALESCE(array_agg(m.d) FILTER (WHERE m.d IS NOT NULL), '{}'),
            COALESCE(array_agg(m.cumul) FILTER (WHERE m.d IS NOT NULL), '{}')
          FROM (
            SELECT l.niveau_parent AS niveau, l.code_parent AS code, d.population, ${d} AS d,
              sum(d.population) OVER (PARTITION BY l.niveau_parent, l.code_parent ORDER BY ${d}, d.code_commune ROWS UNBOUNDED PRECEDING) AS cumul
            FROM territoire_lien l JOIN distance_commune_pole d ON d.code_commune = l.code_membre
            WHERE l.niveau_membre = 'COMMUNE' AND l.date_fin IS NULL AND ${territoires}
          ) m
          GROUP BY m.niveau, m.code`,
    );
  }
}

// One pole's change as the coverage tables see it: before (null: not there) and after.
export interface ChangementCouverture {
  id: string;
  a: PoleCouvert | null;
  b: PoleCouvert | null;
}

// The changes that touch the coverage tables (a text edit: none).
export function changementsCouverture(avant: Map<string, PoleCouvert>, apres: Map<string, PoleCouvert>, ids: readonly string[]): ChangementCouverture[] {
  return ids
    .map((id) => ({ id, a: avant.get(id) ?? null, b: apres.get(id) ?? null }))
    .filter(({ a, b }) => placeDansDistances(a) !== placeDansDistances(b) || (a?.action ?? '') !== (b?.action ?? ''));
}

// Only what the changes touch is recomputed, in the database (a pole added or moved: the distances where it is nearer;
// a pole removed or moved away: the points whose nearest pole it was). The caller holds the coverage lock.
export async function refreshCouverturePoles(db: Executor, changes: readonly ChangementCouverture[]): Promise<void> {
  if (changes.length === 0) return;
  for (const { id, a, b } of changes) {
    if (placeDansDistances(a) !== placeDansDistances(b)) {
      const codes = new Set<string>();
      if (a?.compte) await raiseDistances(db, a, codes);
      if (b?.compte) await lowerDistances(db, b, codes);
      const statuts = [a, b].flatMap((p) => (p?.compte ? [p.statut] : []));
      if (codes.size > 0) await refreshTerritoiresDesCommunes(db, [...codes], statuts);
    }
    if ((a?.action ?? '') !== (b?.action ?? '')) await fillCouvertureAction(db, id);
  }
  await shiftSignature(db, changes.reduce((n, { a, b }) => n + (b?.empreinte ?? 0) - (a?.empreinte ?? 0), 0));
}
