import type { Client } from 'pg';
import { chrono, insertWkb, type LigneGeometrie } from './sql-io';
import type { Polygones } from '../../src/territoires/contours-officiels/topologie-communes';

type Versions = Map<string, Map<string, Polygones>>;

export interface MesuresChargement {
  insertionMs: number;
  sommets: number;
  territoires: number;
  reparees: number;
  // The same INSERT with the repair of what is invalid and the communes' points on surface.
  completMs: number;
}

const valide = (g: string) =>
  `CASE WHEN ST_IsValid(${g}) THEN ${g} ELSE ST_Multi(ST_CollectionExtract(ST_MakeValid(${g}), 3)) END`;

// What a first start would write, prepared in Node (dissolves by shared arcs, shared-border simplification):
// every territory with its full, MOYENNE and BASSE outline in one row, repaired and with its point on
// surface in the same INSERT (an UPDATE would rewrite these wide rows). Timed without, then with, both.
export async function simulateLoad(
  db: Client,
  complete: Versions,
  moyenne: Versions,
  basse: Versions,
): Promise<MesuresChargement> {
  await db.query('CREATE EXTENSION IF NOT EXISTS postgis');
  const colonnes = `(niveau text, code text, geom geometry(MultiPolygon, 4326), geom_moyenne geometry(MultiPolygon, 4326),
    geom_basse geometry(MultiPolygon, 4326), centre geometry(Point, 4326))`;
  await db.query(`CREATE TABLE territoire_sim ${colonnes}`);
  await db.query(`CREATE TABLE territoire_sim_brut ${colonnes}`);
  const lignes: LigneGeometrie[] = [];
  for (const [niveau, territoires] of complete) {
    for (const [code, g] of territoires) {
      lignes.push([
        [niveau, code],
        g,
        moyenne.get(niveau)?.get(code) ?? null,
        basse.get(niveau)?.get(code) ?? null,
      ]);
    }
  }
  const sommets = lignes.reduce(
    (n, [, ...g]) => n + g.reduce((m, x) => m + (x ? x.coordinates.flat(2).length : 0), 0),
    0,
  );
  const [, insertionMs] = await chrono(() =>
    insertWkb(db, 'territoire_sim_brut', lignes, 't0, t1, g0, g1, g2, NULL'),
  );
  const [, completMs] = await chrono(() =>
    insertWkb(
      db,
      'territoire_sim',
      lignes,
      `t0, t1, ${valide('g0')}, ${valide('g1')}, ${valide('g2')},
      CASE WHEN t0 = 'COMMUNE' THEN ST_PointOnSurface(${valide('g0')}) END`,
    ),
  );
  const [{ reparees }] = (
    await db.query(`SELECT (count(*) FILTER (WHERE NOT ST_IsValid(geom)) + count(*) FILTER (WHERE NOT ST_IsValid(geom_moyenne))
    + count(*) FILTER (WHERE NOT ST_IsValid(geom_basse)))::int AS reparees FROM territoire_sim_brut`)
  ).rows as [{ reparees: number }];
  await db.query('DROP TABLE territoire_sim_brut');
  return { insertionMs, sommets, territoires: lignes.length, reparees, completMs };
}
