import { STATUTS_POLE } from '@poles-ess/shared';
import { raw, sql, unnestColonnes } from '../common/sql';
import type { Executor } from '../database/executor';
import type { StatutPole, TypePole } from '../poles/pole.enums';
import { fillCommunesArrays, fillCouvertureAction } from './couverture-communes.refresh';
import { empreintePoleSql, shiftSignature } from './couverture-signature.sql';
import { distanceColumn } from './distance-colonnes';
import { nearestDistances, readPointsCommunes, readPointsTerritoires, readPolesSitues } from './distances-proches';
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

// The pole's two distance columns: its status with any type, and with its own type.
const colonnes = (p: PoleCouvert) => [distanceColumn(p.statut, 'tous'), distanceColumn(p.statut, p.type)];

// Writes the rows of `table` whose value in one of `colonnes` differs from `distances` (the points' values, in the
// order of `cles`' values), and only those. Returns the keys of the rows whose value in one of `suivies` changed.
async function writeChanged(
  db: Executor, table: string, cles: [string, string[]][], distances: Map<string, (number | null)[]>, colonnes: readonly string[], suivies: readonly string[] = [],
): Promise<string[]> {
  const noms = cles.map(([nom]) => nom);
  const lues = await db.query<Record<string, string | number | null>>(raw(`SELECT ${[...noms, ...colonnes].join(', ')} FROM ${table}`));
  const cle = (valeurs: (string | number | null)[]) => valeurs.join('|');
  const avant = new Map(lues.map((r) => [cle(noms.map((n) => r[n]!)), r]));
  const changees: number[] = [];
  const suiviesChangees: string[] = [];
  cles[0]![1].forEach((_, i) => {
    const k = cle(cles.map(([, valeurs]) => valeurs[i]!));
    const ligne = avant.get(k);
    if (!ligne) return;
    const differe = (c: string) => ligne[c] !== distances.get(c)![i];
    if (!colonnes.some(differe)) return;
    changees.push(i);
    if (suivies.some(differe)) suiviesChangees.push(k);
  });
  if (changees.length > 0) {
    const u = [...cles.map(([nom, valeurs]) => [nom, 'text', changees.map((i) => valeurs[i])] as const), ...colonnes.map((c) => [c, 'float8', changees.map((i) => distances.get(c)![i])] as const)];
    await db.query(
      sql`UPDATE ${raw(table)} d SET ${raw(colonnes.map((c) => `${c} = u.${c}`).join(', '))}
          FROM ${unnestColonnes(u)}
          WHERE ${raw(noms.map((n) => `d.${n} = u.${n}`).join(' AND '))}`,
    );
  }
  return suiviesChangees;
}

// The distances of the columns the changed poles count in, measured again from every point to the poles counted now
// (as the full rebuild measures them: the same values), written where they changed. Returns the communes whose
// distance of any type changed (their territories' aggregates read only that one).
async function recomputeDistances(db: Executor, cols: readonly string[]): Promise<string[]> {
  const poles = await readPolesSitues(db);
  const communes = await readPointsCommunes(db);
  const tous = STATUTS_POLE.map((s) => distanceColumn(s, 'tous')).filter((c) => cols.includes(c));
  const codes = await writeChanged(db, 'distance_commune_pole', [['code_commune', communes.map((c) => c.code)]], await nearestDistances(communes, poles, cols), cols, tous);
  const territoires = await readPointsTerritoires(db);
  const cles: [string, string[]][] = [['niveau', territoires.map((t) => t.niveau)], ['code', territoires.map((t) => t.code)]];
  await writeChanged(db, 'distance_territoire_pole', cles, await nearestDistances(territoires, poles, cols), cols);
  return codes;
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

// Every waiting change at once, and only what they touch is written: the distance columns of the changed poles'
// statuses and types, rewritten where they changed; the aggregates of the territories holding the communes whose
// distance changed; the territories of action that changed. The caller holds the coverage lock.
export async function refreshCouverturePoles(db: Executor, changes: readonly ChangementCouverture[]): Promise<void> {
  if (changes.length === 0) return;
  const places = changes.filter(({ a, b }) => placeDansDistances(a) !== placeDansDistances(b));
  const situes = places.flatMap(({ a, b }) => [a, b]).filter((p): p is PoleCouvert => p?.compte === true);
  if (situes.length > 0) {
    const codes = await recomputeDistances(db, [...new Set(situes.flatMap(colonnes))]);
    if (codes.length > 0) await refreshTerritoiresDesCommunes(db, codes, [...new Set(situes.map((p) => p.statut))]);
  }
  const actions = changes.filter(({ a, b }) => (a?.action ?? '') !== (b?.action ?? '')).map(({ id }) => id);
  if (actions.length > 0) await fillCouvertureAction(db, actions);
  await shiftSignature(db, changes.reduce((n, { a, b }) => n + (b?.empreinte ?? 0) - (a?.empreinte ?? 0), 0));
}
