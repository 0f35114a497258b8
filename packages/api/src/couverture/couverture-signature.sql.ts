import { raw, sql } from '../common/sql';
import type { Executor } from '../database/executor';

// What one pole contributes to the coverage tables, as a 32-bit hash: its status, type and position while it is
// located and not deleted, and its territories of action (kept in couverture_action even once deleted); 0 when it
// contributes nothing (a pole without position nor territory of action).
const actionsSql = (alias: string) => `(SELECT string_agg(COALESCE(a.niveau || ':' || a.code, '') || ':' || a.libelle, ',' ORDER BY a.id)
  FROM pole_territoire_action a WHERE a.pole_id = ${alias}.id)`;
const placeSql = (alias: string) =>
  `CASE WHEN ${alias}.supprime_le IS NULL AND ${alias}.position IS NOT NULL THEN ${alias}.statut || ${alias}.type || ST_AsText(${alias}.position) END`;
export const empreintePoleSql = (alias: string) => `COALESCE(hashtext(${alias}.id::text || '|'
  || COALESCE(${placeSql(alias)}, '') || '|' || COALESCE(${actionsSql(alias)}, '')) * (CASE WHEN ${placeSql(alias)} IS NULL AND ${actionsSql(alias)} IS NULL THEN 0 ELSE 1 END), 0)`;

// What distance_commune_pole, distance_territoire_pole, couverture_communes_statut and couverture_action depend on:
// commune centres and populations, the other territories' centres and outlines, the current links between territories
// (an md5, changed only by a full rebuild), then the sum of every pole's hash: a save adds its pole's change to it
// (shiftSignature) instead of hashing all poles again.
const SIGNATURE_SQL = raw(`
  SELECT md5(
    (SELECT count(*) || ':' || COALESCE(round(sum(ST_X(centre) + ST_Y(centre))::numeric, 6), 0) || ':' || COALESCE(sum(population), 0)
     FROM territoire WHERE niveau = 'COMMUNE' AND centre IS NOT NULL)
    || '|' || (SELECT count(*) || ':' || count(centre) || ':' || COALESCE(round(sum(ST_X(centre) + ST_Y(centre))::numeric, 6), 0)
                      || ':' || COALESCE(round(sum(ST_Area(geom))::numeric, 6), 0)
               FROM territoire WHERE niveau <> 'COMMUNE' AND (centre IS NOT NULL OR geom IS NOT NULL))
    || '|' || (SELECT count(*) || ':' || COALESCE(sum(hashtext(niveau_parent || ':' || code_parent || ':' || niveau_membre || ':' || code_membre)), 0)
               FROM territoire_lien WHERE date_fin IS NULL)
  ) || ':' || COALESCE((SELECT sum(${empreintePoleSql('p')}) FROM pole p), 0) AS signature`);

async function readSignature(db: Executor): Promise<string> {
  const [row] = await db.query<{ signature: string }>(SIGNATURE_SQL);
  return row!.signature;
}

export async function isCouvertureCommunesFresh(db: Executor): Promise<boolean> {
  const [etat] = await db.query<{ signature: string }>(sql`SELECT signature FROM distance_commune_pole_etat WHERE id = 1`);
  return etat !== undefined && etat.signature === (await readSignature(db));
}

export async function writeSignature(db: Executor): Promise<void> {
  await db.query(
    sql`INSERT INTO distance_commune_pole_etat (id, signature, calcule_le) VALUES (1, (${SIGNATURE_SQL}), now())
        ON CONFLICT (id) DO UPDATE SET signature = EXCLUDED.signature, calcule_le = EXCLUDED.calcule_le`,
  );
}

// After an incremental refresh: the poles' part of the signature moves by the change of their hashes. A signature
// of another form (written before this one existed) is left as is: the next start finds it stale and rebuilds.
export async function shiftSignature(db: Executor, delta: number): Promise<void> {
  await db.query(
    sql`UPDATE distance_commune_pole_etat
        SET signature = split_part(signature, ':', 1) || ':' || (split_part(signature, ':', 2)::bigint + ${delta}::bigint), calcule_le = now()
        WHERE id = 1 AND signature ~ '^[0-9a-f]{32}:-?[0-9]+$'`,
  );
}
