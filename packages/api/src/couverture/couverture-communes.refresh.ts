import { STATUTS_POLE } from '@poles-ess/shared';
import { raw, sql, unnestColonnes, type Sql } from '../common/sql';
import type { Executor } from '../database/executor';
import { lockCouverture } from './couverture-verrou';
import { writeSignature } from './couverture-signature.sql';
import { DISTANCE_COLUMNS, distanceColumn } from './distance-colonnes';
import { nearestDistances, readPointsCommunes, readPointsTerritoires, readPolesSitues } from './distances-proches';
import { STATUTS_DISTANCES_TRIEES } from './statuts-poles';

// Empties `table` and fills it in one statement: the key columns [name, SQL type, values], then the distances.
async function replaceDistances(db: Executor, table: string, cles: [string, string, unknown[]][], distances: Map<string, (number | null)[]>): Promise<void> {
  const colonnes: [string, string, unknown][] = [...cles, ...DISTANCE_COLUMNS.map((c): [string, string, unknown] => [c, 'float8', distances.get(c)])];
  await db.query(sql`DELETE FROM ${raw(table)}`);
  await db.query(
    sql`INSERT INTO ${raw(table)} (${raw(colonnes.map(([nom]) => nom).join(', '))})
        SELECT * FROM ${unnestColonnes(colonnes)}`,
  );
}

// Each territory's current member communes, as parallel arrays (population, then the nearest pole of any type for each
// status), read by coverage (couverture.sql.ts). The aggregates of one group see its rows in one order, so the arrays
// stay aligned. `territoires` keeps some of the territories (niveau_parent, code_parent of the links `l`), or all.
export async function fillCommunesArrays(db: Executor, territoires: Sql = sql`true`): Promise<void> {
  await db.query(
    sql`${raw(`UPDATE distance_territoire_pole dt SET communes_population = a.population,
       ${STATUTS_POLE.map((s) => `communes_${s.toLowerCase()} = a.${s.toLowerCase()}`).join(', ')}
     FROM (
       SELECT l.niveau_parent AS niveau, l.code_parent AS code, array_agg(d.population) AS population,
         ${STATUTS_POLE.map((s) => `array_agg(d.${distanceColumn(s, 'tous')}) AS ${s.toLowerCase()}`).join(', ')}
       FROM territoire_lien l JOIN distance_commune_pole d ON d.code_commune = l.code_membre
       WHERE l.niveau_membre = 'COMMUNE' AND l.date_fin IS NULL AND `)}${territoires}${raw(`
       GROUP BY 1, 2
     ) a
     WHERE dt.niveau = a.niveau AND dt.code = a.code`)}`,
  );
}

// For each territory holding communes and each status of STATUTS_DISTANCES_TRIEES: its member communes' distances to
// the nearest located pole of that status (any type), sorted, with the population accumulated in that order, and the
// population-weighted mean distance. Coverage counting that status alone reads the population within any radius by
// binary search (couverture.sql.ts). Measured here on the commune distances just computed (a window over the links
// in SQL took 1.7 s on PostgreSQL).
async function fillCommunesParStatut(db: Executor, communes: { code: string; population: number }[], distances: Map<string, (number | null)[]>): Promise<void> {
  await db.query(sql`DELETE FROM couverture_communes_statut`);
  const index = new Map(communes.map((c, i) => [c.code, i]));
  // Member codes joined in one text per territory: read 3 to 4 times faster than one row per link.
  const territoires = await db.query<{ niveau: string; code: string; communes: string }>(
    sql`SELECT niveau_parent AS niveau, code_parent AS code, string_agg(code_membre, ',') AS communes FROM territoire_lien
        WHERE niveau_membre = 'COMMUNE' AND date_fin IS NULL GROUP BY niveau_parent, code_parent`,
  );
  const colonnes: [string, string, unknown[]][] = [
    ['niveau', 'text', []], ['code', 'text', []], ['statut', 'text', []], ['nombre_communes', 'int', []], ['population', 'bigint', []],
    ['distance_moyenne_m', 'float8', []], ['distances_triees', 'text', []], ['population_cumulee', 'text', []],
  ];
  const ajouter = (...valeurs: unknown[]) => valeurs.forEach((v, i) => colonnes[i]![2].push(v));
  const parStatut = STATUTS_DISTANCES_TRIEES.map((s) => [s, distances.get(distanceColumn(s, 'tous'))!] as const);
  for (const { niveau, code, communes: codes } of territoires) {
    const membres = codes.split(',').map((c) => index.get(c)).filter((i): i is number => i !== undefined);
    if (membres.length === 0) continue;
    const population = membres.reduce((n, i) => n + communes[i]!.population, 0);
    for (const [statut, distance] of parStatut) {
      const tries = membres.filter((i) => distance[i] !== null).sort((a, b) => distance[a]! - distance[b]!);
      let cumul = 0;
      let pondere = 0;
      const cumuls = tries.map((i) => {
        cumul += communes[i]!.population;
        pondere += communes[i]!.population * distance[i]!;
        return cumul;
      });
      ajouter(niveau, code, statut, membres.length, population, cumul > 0 ? pondere / cumul : null,
        `{${tries.map((i) => distance[i]).join(',')}}`, `{${cumuls.join(',')}}`);
    }
  }
  await db.query(
    sql`INSERT INTO couverture_communes_statut (${raw(colonnes.map(([nom]) => nom).join(', '))})
        SELECT u.niveau, u.code, u.statut, u.nombre_communes, u.population, u.distance_moyenne_m, u.distances_triees::float8[], u.population_cumulee::bigint[]
        FROM ${unnestColonnes(colonnes)}`,
  );
}

// The territories each pole's official territory of action covers, read by coverage (couverture.sql.ts): the
// territory itself, every territory it holds now (links are kept for every ancestor, not only the parent) and every
// territory that holds it now. Free text (no code) covers nothing. Deleted poles keep their rows: coverage skips them.
// `poleIds`: those poles' rows only, else all.
export async function fillCouvertureAction(db: Executor, poleIds: readonly string[] | null = null): Promise<void> {
  const poles = poleIds === null ? sql`true` : sql`a.pole_id = ANY(${poleIds}::uuid[])`;
  await db.query(poleIds === null ? sql`DELETE FROM couverture_action` : sql`DELETE FROM couverture_action WHERE pole_id = ANY(${poleIds}::uuid[])`);
  await db.query(
    sql`INSERT INTO couverture_action (niveau, code, pole_id, libelle, relation)
     SELECT a.niveau, a.code, a.pole_id, a.libelle, 'TERRITOIRE' FROM pole_territoire_action a WHERE a.niveau IS NOT NULL AND ${poles}
     UNION ALL
     SELECT l.niveau_membre, l.code_membre, a.pole_id, a.libelle, 'ENGLOBANT' FROM pole_territoire_action a
     JOIN territoire_lien l ON l.niveau_parent = a.niveau AND l.code_parent = a.code AND l.date_fin IS NULL WHERE ${poles}
     UNION ALL
     SELECT l.niveau_parent, l.code_parent, a.pole_id, a.libelle, 'MEMBRE' FROM pole_territoire_action a
     JOIN territoire_lien l ON l.niveau_membre = a.niveau AND l.code_membre = a.code AND l.date_fin IS NULL WHERE ${poles}
     ON CONFLICT DO NOTHING`,
  );
}

// Recomputes every commune's distance to the nearest located pole of each status × type, and the same for every
// other territory from its representative point (centre, else a point on its surface), in one pass (three reads, two
// bulk inserts: distances-proches.ts).
// Also rewrites couverture_communes_statut and couverture_action. Call it in the transaction that changed commune
// centres, territory outlines or links, or many poles at once (an import); a save of one pole refreshes only what it
// changed (couverture-poles.refresh.ts). `pnpm couverture:reconstruire` runs it alone.
export async function refreshCouvertureCommunes(db: Executor): Promise<number> {
  await lockCouverture(db);
  // The saves waiting for their refresh: this rebuild reads every pole as it is now (a save committed after this
  // statement stays waiting, and its refresh applies it again: from the truth, so the same result).
  await db.query(sql`DELETE FROM couverture_en_attente`);
  const communes = await readPointsCommunes(db);
  const territoires = await readPointsTerritoires(db);
  const poles = await readPolesSitues(db);
  const distancesCommunes = await nearestDistances(communes, poles, DISTANCE_COLUMNS);
  await replaceDistances(db, 'distance_commune_pole', [['code_commune', 'text', communes.map((c) => c.code)], ['population', 'int', communes.map((c) => c.population)]], distancesCommunes);
  await replaceDistances(db, 'distance_territoire_pole', [['niveau', 'text', territoires.map((t) => t.niveau)], ['code', 'text', territoires.map((t) => t.code)]], await nearestDistances(territoires, poles, DISTANCE_COLUMNS));
  await fillCommunesArrays(db);
  await fillCommunesParStatut(db, communes, distancesCommunes);
  await fillCouvertureAction(db);
  // The population grid cells are derived from the same communes.
  await db.query(sql`DELETE FROM grille_cache WHERE couche = 'population'`);
  await writeSignature(db);
  return communes.length;
}
