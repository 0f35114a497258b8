import { sql } from '../common/sql';
import { insertFixtureTerritoires } from '../test-support/poles.fixtures';
import { createTestDatabase, emptyTestDatabase, type TestApp } from '../test-support/test-database';
import { creerJetonCommand } from './jeton.commands';
import { authenticateWithJetons, createJeton, hashJeton, listJetons, revokeJeton } from './jeton.service';

describe('jetons', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestDatabase();
  });
  // Each test starts with no token: none depends on another.
  beforeEach(() => emptyTestDatabase(app));
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

  it('creates a token limited to a région only when the reference data has that région', async () => {
    await insertFixtureTerritoires(app.db);
    const printed = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await expect(creerJetonCommand.run(['--role', 'editeur', '--nom', 'Réseau', '--region', '99'], app)).rejects.toMatchObject({
        message: expect.stringMatching(/--region 99 : aucune région/),
        extensions: { code: 'BAD_USER_INPUT', champ: 'region' },
      });
      expect(await listJetons(app.db)).toEqual([]);
      await creerJetonCommand.run(['--role', 'editeur', '--nom', 'Réseau breton', '--region', '53'], app);
      expect(await listJetons(app.db)).toEqual([expect.objectContaining({ nom: 'Réseau breton', codeRegion: '53' })]);
    } finally {
      printed.mockRestore();
    }
  });
});
