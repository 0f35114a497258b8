import type { Client } from 'pg';
import type { ContourCommune } from '../../src/territoires/contours-officiels/read-contours-communes';
import type { Appartenances, Niveau } from './read-appartenances';
import { chrono, insertRows, insertWkb } from './sql-io';

export interface MesureNiveau {
  niveau: Niveau | 'COMMUNE';
  attendus: number;
  territoires: number;
  points: number;
  invalides: number;
  ms: number;
}

export interface MesuresBackend {
  version: string;
  chargementMs: number;
  invalides: string[];
  validationMs: number;
  dissolution: string;
  niveaux: MesureNiveau[];
  reparationMs: number;
  // The départements dissolved in the other order (repaired communes for ST_CoverageUnion, raw ones for ST_Union).
  autreOrdre: string;
}

async function countLevel(
  db: Client,
  niveau: MesureNiveau['niveau'],
  table: string,
  attendus: number,
  ms: number,
): Promise<MesureNiveau> {
  const [row] = (
    await db.query(
      `SELECT count(*)::int AS n, sum(ST_NPoints(geom))::int AS p, count(*) FILTER (WHERE NOT ST_IsValid(geom))::int AS i FROM ${table}`,
    )
  ).rows as [{ n: number; p: number; i: number }];
  return { niveau, attendus, territoires: row.n, points: row.p, invalides: row.i, ms };
}

async function dissolveLevels(db: Client, union: string, appartenances: Appartenances, suffixe: string) {
  const resultats: { niveau: Niveau; table: string; ms: number }[] = [];
  for (const niveau of Object.keys(appartenances) as Niveau[]) {
    const table = `niveau_${niveau.toLowerCase()}${suffixe}`;
    const [, ms] = await chrono(() =>
      db.query(
        `CREATE TABLE ${table} AS SELECT a.c1 AS code, ST_SetSRID(ST_Multi(${union}(c.geom)), 4326) AS geom
                FROM appartenance a JOIN commune${suffixe} c ON c.code = a.c2 WHERE a.c0 = $1 GROUP BY a.c1`,
        [niveau],
      ),
    );
    resultats.push({ niveau, table, ms });
  }
  return resultats;
}

async function tryDissolve(
  db: Client,
  union: string,
  appartenances: Appartenances,
  table: string,
  source: string,
  geom = 'geom',
): Promise<string> {
  await db.query(`CREATE TABLE ${table} AS SELECT code, ${geom} AS geom FROM ${source}`);
  try {
    const [resultats] = await chrono(() =>
      dissolveLevels(
        db,
        union,
        { DEPARTEMENT: appartenances.DEPARTEMENT } as Appartenances,
        table.replace('commune', ''),
      ),
    );
    const { n } = (await db.query(`SELECT count(*)::int AS n FROM ${resultats[0]!.table}`)).rows[0] as {
      n: number;
    };
    return `${n} départements sur ${new Set(appartenances.DEPARTEMENT.values()).size}`;
  } catch (e) {
    return `erreur : ${(e as Error).message}`;
  }
}

// Loads the 2018 outlines, builds today's communes, dissolves every level from them in SQL and repairs
// what is invalid; and tells what the dissolve of the départements gives in the other order.
export async function measureBackend(
  db: Client,
  contours: ContourCommune[],
  correspondance: Map<string, string>,
  appartenances: Appartenances,
): Promise<MesuresBackend> {
  await db.query('CREATE EXTENSION IF NOT EXISTS postgis');
  const [{ version }] = (await db.query(`SELECT postgis_full_version() AS version`)).rows as [
    { version: string },
  ];
  // ST_CoverageUnion exists from PostGIS 3.4 (with GEOS 3.8+); to_regproc cannot tell (it is overloaded).
  const [{ coverage }] = (
    await db.query(`SELECT EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'st_coverageunion') AS coverage`)
  ).rows as [{ coverage: boolean }];
  // PGlite's PostGIS 3.6.2 returns ST_CoverageUnion's result with SRID 0: every dissolve sets it back.
  const union = coverage ? 'ST_CoverageUnion' : 'ST_Union';
  await db.query(
    `CREATE TABLE commune_2018 (code text PRIMARY KEY, geom geometry(MultiPolygon, 4326) NOT NULL)`,
  );
  const [, chargementMs] = await chrono(() =>
    insertWkb(
      db,
      'commune_2018',
      contours.map((f) => [[f.properties.code], f.geometry]),
    ),
  );
  const [invalides, validationMs] = await chrono(async () =>
    (
      (await db.query(`SELECT code FROM commune_2018 WHERE NOT ST_IsValid(geom) ORDER BY code`)).rows as {
        code: string;
      }[]
    ).map((r) => r.code),
  );
  await db.query(`CREATE TABLE correspondance (c0 text, c1 text)`);
  await insertRows(db, 'correspondance', [...correspondance]);
  await db.query(`CREATE TABLE appartenance (c0 text, c1 text, c2 text)`);
  await insertRows(
    db,
    'appartenance',
    Object.entries(appartenances).flatMap(([niveau, m]) =>
      [...m].map(([code, parent]) => [niveau, parent, code]),
    ),
  );
  // Only the current communes made of several 2018 ones need a dissolve.
  const [, communesMs] = await chrono(async () => {
    await db.query(`CREATE TABLE commune AS SELECT k.c1 AS code, g.geom FROM correspondance k JOIN commune_2018 g ON g.code = k.c0
                    WHERE k.c1 IN (SELECT c1 FROM correspondance GROUP BY c1 HAVING count(*) = 1)`);
    await db.query(`INSERT INTO commune SELECT k.c1, ST_SetSRID(ST_Multi(${union}(g.geom)), 4326) FROM correspondance k JOIN commune_2018 g ON g.code = k.c0
                    WHERE k.c1 IN (SELECT c1 FROM correspondance GROUP BY c1 HAVING count(*) > 1) GROUP BY k.c1`);
  });
  const attendus = (niveau: Niveau) => new Set(appartenances[niveau].values()).size;
  const niveaux = [
    await countLevel(db, 'COMMUNE', 'commune', new Set(correspondance.values()).size, communesMs),
  ];
  const repair = (tables: string[]) =>
    chrono(async () => {
      for (const table of tables) {
        await db.query(
          `UPDATE ${table} SET geom = ST_Multi(ST_CollectionExtract(ST_MakeValid(geom), 3)) WHERE NOT ST_IsValid(geom)`,
        );
      }
    });
  // ST_Union throws on the communes whose repair changed their border (GEOS side location conflict);
  // ST_CoverageUnion needs the exact coverage, which the repair breaks: each gets the order it needs.
  let autreOrdre: string;
  let reparationMs = 0;
  if (!coverage) {
    autreOrdre = await tryDissolve(db, union, appartenances, 'commune_brute', 'commune');
    reparationMs = (await repair(['commune']))[1];
  }
  for (const { niveau, table, ms } of await dissolveLevels(db, union, appartenances, '')) {
    niveaux.push(await countLevel(db, niveau, table, attendus(niveau), ms));
  }
  if (coverage) {
    reparationMs = (
      await repair(['commune', ...niveaux.slice(1).map((n) => `niveau_${n.niveau.toLowerCase()}`)])
    )[1];
    autreOrdre = await tryDissolve(
      db,
      union,
      appartenances,
      'commune_reparee',
      'commune',
      'ST_Multi(ST_CollectionExtract(ST_MakeValid(geom), 3))',
    );
  }
  return {
    version,
    chargementMs,
    invalides,
    validationMs,
    dissolution: union,
    niveaux,
    reparationMs,
    autreOrdre: autreOrdre!,
  };
}
