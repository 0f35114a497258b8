import { createTestJeton, insertFixtureTerritoires } from '../test-support/poles.fixtures';
import { startTestEnvironment, type TestEnvironment } from '../test-support/test-environment';
import type { TestServer } from '../test-support/test-server';

const POLES = '{ poles { totalCount nodes { nom } } }';
const CARTE = '{ carteTerritoires(niveau: DEPARTEMENT, dans: { niveau: REGION, code: "53" }, precision: BASSE) }';
const CREER = `mutation($donnees: DonneesPoleInput!) { creerPole(donnees: $donnees) { id } }`;

type Poles = { poles: { totalCount: number; nodes: { nom: string }[] } };
type Carte = { carteTerritoires: { type: string; features: { properties: { code: string } }[] } };

describe('opt-in response cache (CACHE_REPONSES_SECONDES)', () => {
  let env: TestEnvironment;
  let server: TestServer;
  let editeur: Record<string, string>;

  // Each test starts with an empty cache (a new server) on an emptied database.
  beforeAll(async () => {
    env = await startTestEnvironment(async () => undefined, { cacheReponsesSecondes: 60 });
  });
  beforeEach(async () => {
    await env.reset(async ({ db }) => {
      await insertFixtureTerritoires(db);
      editeur = await createTestJeton(db, 'editeur');
    });
    server = env.server;
  });
  afterAll(() => env.close());

  it("answers an anonymous reader's repeated query from memory, without SQL", async () => {
    const first = await server.graphql<Poles>(POLES);
    expect(first.extensions?.sqlStatements).toBeGreaterThan(0);
    const again = await server.graphql<Poles>(POLES);
    expect(again.data).toEqual(first.data);
    expect(again.extensions?.sqlStatements).toBe(0);
  });

  it('keeps map layers whole in cached answers (no per-request placeholder left)', async () => {
    const first = await server.graphql<Carte>(CARTE);
    const again = await server.graphql<Carte>(CARTE);
    expect(again.extensions?.sqlStatements).toBe(0);
    expect(again.data!.carteTerritoires.type).toBe('FeatureCollection');
    expect(again.data).toEqual(first.data);
    expect(again.data!.carteTerritoires.features.length).toBeGreaterThan(0);
  });

  it('forgets every cached answer after a mutation, and never caches what an editor reads', async () => {
    const avant = await server.graphql<Poles>(POLES);
    const cree = await server.graphql(CREER, { donnees: { nom: 'Pépinière de Brest', type: 'ESPACE_HEBERGEMENT', codeCommuneSiege: '29019' } }, editeur);
    expect(cree.errors).toBeUndefined();
    const apres = await server.graphql<Poles>(POLES);
    expect(apres.data!.poles.totalCount).toBe(avant.data!.poles.totalCount + 1);
    expect(apres.extensions?.sqlStatements).toBeGreaterThan(0);
    await server.graphql<Poles>(POLES, {}, editeur);
    const editeurEncore = await server.graphql<Poles>(POLES, {}, editeur);
    expect(editeurEncore.extensions?.sqlStatements).toBeGreaterThan(0);
  });

  it('keeps the cache through refused mutations: anonymous, or with invalid data', async () => {
    await server.graphql<Poles>(POLES);
    const anonyme = await server.graphql(CREER, { donnees: { nom: 'Pôle anonyme', type: 'ESPACE_HEBERGEMENT' } });
    expect(anonyme.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const invalide = await server.graphql(CREER, { donnees: { nom: 'Pôle daté', type: 'ESPACE_HEBERGEMENT', dateCreation: '2020-13-45' } }, editeur);
    expect(invalide.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', champ: 'dateCreation' });
    const apres = await server.graphql<Poles>(POLES);
    expect(apres.extensions?.sqlStatements).toBe(0);
  });
});
