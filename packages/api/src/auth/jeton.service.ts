import { createHash, randomBytes } from 'node:crypto';
import { ApiError } from '../common/api-error';
import { sql } from '../common/sql';
import { ANONYMOUS_VIEWER, type RoleJeton, type Viewer } from '../common/viewer';
import type { Database } from '../database/database';
import { selectColumns } from '../database/entity-columns';
import { Jeton } from './jeton.entity';

// Resolves the Authorization header to a viewer (anonymous readers without one).
export type Authenticate = (authorization: string | undefined) => Promise<Viewer>;

const JETON_SELECT = selectColumns(Jeton, 'j');

// Only the hash is stored: a leaked database does not leak usable tokens.
export function hashJeton(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export async function createJeton(db: Database, input: { nom: string; role: RoleJeton; codeRegion: string | null }): Promise<{ jeton: Jeton; secret: string }> {
  const secret = `pess_${randomBytes(32).toString('base64url')}`;
  const [row] = await db.query<Jeton>(
    sql`WITH j AS (INSERT INTO jeton_api (nom, role, code_region, hash) VALUES (${input.nom}, ${input.role}, ${input.codeRegion}, ${hashJeton(secret)}) RETURNING *)
        SELECT ${JETON_SELECT} FROM j`,
  );
  return { jeton: row!, secret };
}

export async function revokeJeton(db: Database, id: string): Promise<Jeton | null> {
  // Through a CTE: TypeORM returns [rows, count] for a bare UPDATE … RETURNING.
  const [row] = await db.query<Jeton>(
    sql`WITH j AS (UPDATE jeton_api SET revoque_le = COALESCE(revoque_le, now()) WHERE id::text = ${id} RETURNING *)
        SELECT ${JETON_SELECT} FROM j`,
  );
  return row ?? null;
}

export async function listJetons(db: Database): Promise<Jeton[]> {
  return db.query<Jeton>(sql`SELECT ${JETON_SELECT} FROM jeton_api j ORDER BY j.cree_le, j.id`);
}

function unauthenticated(message: string): ApiError {
  return new ApiError('UNAUTHENTICATED', message, { http: { status: 401 } });
}

// `Authorization: Bearer <jeton>`; no header = anonymous reader; an unknown or revoked token is refused.
export function authenticateWithJetons(db: Database): Authenticate {
  return async (authorization) => {
    if (!authorization?.trim()) return ANONYMOUS_VIEWER;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) throw unauthenticated('En-tête Authorization invalide : attendu « Bearer <jeton> ».');
    const [row] = await db.query<Pick<Jeton, 'id' | 'nom' | 'role' | 'codeRegion'>>(
      sql`SELECT j.id, j.nom, j.role, j.code_region AS "codeRegion" FROM jeton_api j WHERE j.hash = ${hashJeton(match[1]!)} AND j.revoque_le IS NULL`,
    );
    if (!row) throw unauthenticated('Jeton inconnu ou révoqué.');
    return { role: row.role, jetonId: row.id, nom: row.nom, codeRegion: row.codeRegion };
  };
}
