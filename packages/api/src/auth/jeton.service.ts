import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ApiError } from '../common/api-error';
import { ANONYMOUS_VIEWER, type Authenticate, type Role, type Viewer } from '../context';

export type RoleJeton = Exclude<Role, 'lecteur'>;

export interface Jeton {
  id: string;
  nom: string;
  role: RoleJeton;
  codeRegion: string | null;
  creeLe: Date;
  revoqueLe: Date | null;
}

// Only the hash is stored: a leaked database does not leak usable tokens.
export function hashJeton(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export async function createJeton(
  dataSource: DataSource,
  input: { nom: string; role: RoleJeton; codeRegion: string | null },
): Promise<{ jeton: Jeton; secret: string }> {
  const secret = `pess_${randomBytes(32).toString('base64url')}`;
  const [row] = (await dataSource.query(
    `INSERT INTO jeton_api (nom, role, code_region, hash) VALUES ($1, $2, $3, $4)
     RETURNING id, nom, role, code_region AS "codeRegion", cree_le AS "creeLe", revoque_le AS "revoqueLe"`,
    [input.nom, input.role, input.codeRegion, hashJeton(secret)],
  )) as Jeton[];
  return { jeton: row!, secret };
}

export async function revokeJeton(dataSource: DataSource, id: string): Promise<Jeton | null> {
  const rows = (await dataSource.query(
    // Through a CTE: TypeORM returns [rows, count] for a bare UPDATE … RETURNING.
    `WITH revoque AS (
       UPDATE jeton_api SET revoque_le = COALESCE(revoque_le, now()) WHERE id::text = $1
       RETURNING id, nom, role, code_region AS "codeRegion", cree_le AS "creeLe", revoque_le AS "revoqueLe")
     SELECT * FROM revoque`,
    [id],
  )) as Jeton[];
  return rows[0] ?? null;
}

export async function listJetons(dataSource: DataSource): Promise<Jeton[]> {
  return (await dataSource.query(
    `SELECT id, nom, role, code_region AS "codeRegion", cree_le AS "creeLe", revoque_le AS "revoqueLe"
     FROM jeton_api ORDER BY cree_le, id`,
  )) as Jeton[];
}

// `Authorization: Bearer <jeton>`; no header = anonymous reader; an unknown or revoked token is refused.
export function authenticateWithJetons(dataSource: DataSource): Authenticate {
  return async (authorization) => {
    if (!authorization?.trim()) return ANONYMOUS_VIEWER;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) throw unauthenticated('En-tête Authorization invalide : attendu « Bearer <jeton> ».');
    const [row] = (await dataSource.query(
      `SELECT id, nom, role, code_region AS "codeRegion" FROM jeton_api WHERE hash = $1 AND revoque_le IS NULL`,
      [hashJeton(match[1]!)],
    )) as { id: string; nom: string; role: RoleJeton; codeRegion: string | null }[];
    if (!row) throw unauthenticated('Jeton inconnu ou révoqué.');
    return { role: row.role, tokenId: row.id, nom: row.nom, codeRegion: row.codeRegion } satisfies Viewer;
  };
}

function unauthenticated(message: string): ApiError {
  return new ApiError('UNAUTHENTICATED', message, { http: { status: 401 } });
}
