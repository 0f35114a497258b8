import { createTestDatabase } from '../test-support/test-database';
import type { Database } from '../database/open-database';
import { authenticateWithJetons, createJeton, hashJeton, listJetons, revokeJeton } from './jeton.service';

describe('jetons', () => {
  let database: Database;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it('stores only the hash, authenticates the token, and refuses it once revoked', async () => {
    const { jeton, secret } = await createJeton(database.dataSource, { nom: 'Réseau breton', role: 'editeur', codeRegion: '53' });
    const stored = (await database.dataSource.query('SELECT hash FROM jeton_api')) as { hash: string }[];
    expect(stored).toEqual([{ hash: hashJeton(secret) }]);
    expect(stored[0]!.hash).not.toContain(secret);
    const authenticate = authenticateWithJetons(database.dataSource);
    await expect(authenticate(`Bearer ${secret}`)).resolves.toEqual({ role: 'editeur', tokenId: jeton.id, nom: 'Réseau breton', codeRegion: '53' });
    await expect(authenticate(undefined)).resolves.toMatchObject({ role: 'lecteur', tokenId: null });
    expect(await revokeJeton(database.dataSource, jeton.id)).toMatchObject({ nom: 'Réseau breton' });
    expect((await listJetons(database.dataSource))[0]!.revoqueLe).not.toBeNull();
    await expect(authenticate(`Bearer ${secret}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(await revokeJeton(database.dataSource, 'inconnu')).toBeNull();
  });
});
