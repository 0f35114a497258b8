import { startTestEnvironment, type TestEnvironment } from '../test-support/test-environment';

describe('sante', () => {
  let env: TestEnvironment;

  beforeAll(async () => {
    env = await startTestEnvironment();
  });
  afterAll(() => env.close());

  it('names the backend, PostgreSQL and PostGIS versions, and the migration state', async () => {
    const response = await env.server.graphql<{
      sante: { statut: string; backend: string; versionPostgis: string | null; migrationsEnAttente: number; migrationsAppliquees: string[] };
    }>('{ sante { statut backend versionPostgres versionPostgis migrationsAppliquees migrationsEnAttente } }');
    expect(response.errors).toBeUndefined();
    const sante = response.data!.sante;
    expect(sante.statut).toBe('ok');
    expect(sante.backend).toBe(process.env.TEST_DATABASE_URL ? 'POSTGRESQL' : 'EMBARQUE');
    expect(sante.versionPostgis).toMatch(/^3\./);
    expect(sante.migrationsEnAttente).toBe(0);
    expect(sante.migrationsAppliquees).toContain('InitPostgis1732600000000');
  });

  it('answers an unknown field with a validation error code, not a crash', async () => {
    const response = await env.server.graphql('{ sante { inexistant } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
