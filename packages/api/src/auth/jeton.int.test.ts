import { sql } from '../common/sql';
import { createTestDatabase, type TestApp } from '../test-support/test-database';
import { authenticateWithJetons, createJeton, hashJeton, listJetons, revokeJeton } from './jeton.service';

describe('jetons', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestDatabase();
  });
  afterAll(() => app.close());

  it('stores only the hash, authenticates the token, and refuses it once revoked', async () => {
    const { jeton, secret } = await createJeton(app.db, { nom: 'Réseau breton', role: 'editeur', codeRegion: '53' });
    const stored = await app.db.query<{ hash: string }>(sql`SELECT hash FROM jeton_api`);
    expect(stored).toEqual([{ hash: hashJeton(secret) }]);
    expect(stored[0]!.hash).not.toContain(secret);
    const authenticate = authenticateWithJetons(app.db);
    await expect(authenticate(`Bearer ${secret}`)).resolves.toEqual({ role: 'editeur', jetonId: jeton.id, nom: 'Réseau breton', codeRegion: '53' });
    await expect(authenticate(undefined)).resolves.toMatchObject({ role: 'lecteur', jetonId: null });
    expect(await revokeJeton(app.db, jeton.id)).toMatchObject({ nom: 'Réseau breton' });
    expect((await listJetons(app.db))[0]!.revoqueLe).not.toBeNull();
    await expect(authenticate(`Bearer ${secret}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(await revokeJeton(app.db, 'inconnu')).toBeNull();
  });
});
