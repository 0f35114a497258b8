import { ApiError } from '../common/api-error';
import { sql } from '../common/sql';
import type { Database } from '../database/database';
import type { TerritoireRef } from '../territoires/territoire-ref.input';

// A territory named as the centre of `autourDe` must exist and have a representative point: otherwise the list
// would be silently empty.
export async function checkTerritoireConnu(db: Database, territoire: TerritoireRef): Promise<void> {
  const [row] = await db.query<{ centre: boolean }>(
    sql`SELECT t.centre IS NOT NULL AS centre FROM territoire t WHERE t.niveau = ${territoire.niveau} AND t.code = ${territoire.code}`,
  );
  if (!row) throw new ApiError('NOT_FOUND', `Territoire inconnu : ${territoire.niveau} ${territoire.code}`, { champ: 'filtre.autourDe.territoire' });
  if (!row.centre) throw new ApiError('BAD_USER_INPUT', `Le territoire ${territoire.niveau} ${territoire.code} n’a pas de point représentatif.`, { champ: 'filtre.autourDe.territoire' });
}
