import { sql } from '../common/sql';
import { createTestJeton, insertFixtureTerritoires } from '../test-support/poles.fixtures';
import { startTestEnvironment, type TestEnvironment } from '../test-support/test-environment';
import { startTestServer, type TestServer } from '../test-support/test-server';

const POLES = '{ poles { totalCount } }';
const CREER = `mutation($donnees: DonneesPoleInput!) { creerPole(donnees: $donnees) { id } }`;
type Poles = { poles: { totalCount: number } };

// Other processes are heard through PostgreSQL's LISTEN/NOTIFY: a server feature (the embedded database serves one).
const itPostgres = process.env.TEST_DATABASE_URL ? it : it.skip;

describe('response cache across API instances', () => {
  let env: TestEnvironment;
  let autre: TestServer;
  let editeur: Record<string, string>;

  beforeAll(async () => {
    env = await startTestEnvironment(
      async ({ db }) => {
        await insertFixtureTerritoires(db);
        editeur = await createTestJeton(db, 'editeur');
      },
      { cacheReponsesSecondes: 600 },
    );
    autre = await startTestServer(env.app, { cacheReponsesSecondes: 600 });
  });
  afterAll(async () => {
    await autre?.close();
    await env.close();
  });

  itPostgres("empties the other instance's cache when a mutation goes through one", async () => {
    const avant = await autre.graphql<Poles>(POLES);
    expect((await autre.graphql<Poles>(POLES)).extensions?.sqlStatements).toBe(0);
    const cree = await env.server.graphql(CREER, { donnees: { nom: 'Pôle vu partout', type: 'ESPACE_HEBERGEMENT', codeCommuneSiege: '29019' } }, editeur);
    expect(cree.errors).toBeUndefined();
    // The NOTIFY arrives after the commit, asynchronously: wait for it, bounded.
    let apres = await autre.graphql<Poles>(POLES);
    for (let i = 0; i < 50 && apres.data!.poles.totalCount === avant.data!.poles.totalCount; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      apres = await autre.graphql<Poles>(POLES);
    }
    expect(apres.data!.poles.totalCount).toBe(avant.data!.poles.totalCount + 1);
  });

  itPostgres('hears the writes again after its listening connection was cut', async () => {
    const avant = await autre.graphql<Poles>(POLES);
    expect((await autre.graphql<Poles>(POLES)).extensions?.sqlStatements).toBe(0);
    const [coupees] = await env.app.db.query<{ n: number }>(
      sql`SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %'`,
    );
    expect(coupees!.n).toBeGreaterThanOrEqual(1);
    const cree = await env.server.graphql(CREER, { donnees: { nom: 'Pôle après coupure', type: 'ESPACE_HEBERGEMENT', codeCommuneSiege: '29019' } }, editeur);
    expect(cree.errors).toBeUndefined();
    let apres = await autre.graphql<Poles>(POLES);
    for (let i = 0; i < 50 && apres.data!.poles.totalCount === avant.data!.poles.totalCount; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      apres = await autre.graphql<Poles>(POLES);
    }
    expect(apres.data!.poles.totalCount).toBe(avant.data!.poles.totalCount + 1);
  });
});
