import { createTestJeton, insertFixtureTerritoires } from '../test-support/poles.fixtures';
import { startTestEnvironment, type TestEnvironment } from '../test-support/test-environment';

const POLES = '{ poles { totalCount } }';
const CREER = `mutation($donnees: DonneesPoleInput!) { creerPole(donnees: $donnees) { id } }`;

describe('HTTP caching of anonymous GET queries (ETag, Cache-Control, 304)', () => {
  let env: TestEnvironment;
  let editeur: Record<string, string>;

  beforeAll(async () => {
    env = await startTestEnvironment(async ({ db }) => {
      await insertFixtureTerritoires(db);
      editeur = await createTestJeton(db, 'editeur');
    });
  });
  afterAll(() => env.close());

  const get = (headers: Record<string, string> = {}) =>
    fetch(`${env.server.url}/graphql?query=${encodeURIComponent(POLES)}`, { headers: { 'apollo-require-preflight': 'true', ...headers } });

  it('gives a validator that answers 304 until a mutation makes it stale', async () => {
    const premiere = await get();
    expect(premiere.status).toBe(200);
    const etag = premiere.headers.get('etag');
    expect(etag).toMatch(/^W\/".+"$/);
    expect(premiere.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    const total = ((await premiere.json()) as { data: { poles: { totalCount: number } } }).data.poles.totalCount;

    const revalidee = await get({ 'if-none-match': etag! });
    expect(revalidee.status).toBe(304);
    expect(await revalidee.text()).toBe('');

    const cree = await env.server.graphql(CREER, { donnees: { nom: 'Pôle du cache', type: 'ESPACE_HEBERGEMENT', codeCommuneSiege: '29019' } }, editeur);
    expect(cree.errors).toBeUndefined();
    const apres = await get({ 'if-none-match': etag! });
    expect(apres.status).toBe(200);
    expect(apres.headers.get('etag')).not.toBe(etag);
    expect(((await apres.json()) as { data: { poles: { totalCount: number } } }).data.poles.totalCount).toBe(total + 1);
  });

  it("leaves editors' reads and POST requests uncacheable", async () => {
    const editeurGet = await get(editeur);
    expect(editeurGet.status).toBe(200);
    expect(editeurGet.headers.get('etag')).toBeNull();
    expect(editeurGet.headers.get('cache-control')).toBe('no-store');
    const post = await fetch(`${env.server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: POLES }) });
    expect(post.headers.get('etag')).toBeNull();
  });
});
