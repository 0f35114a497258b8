import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { ApiContext } from '../context';
import { createGraphqlHandler, type GraphqlHttpRequest } from './graphql-handler';

// Apollo Server's HTTP entry point as the handler calls it: each request's execution waits until the test lets it end.
function apolloEnAttente() {
  const enCours = new Set<string>();
  let maximum = 0;
  const liberer = new Map<string, () => void>();
  const apollo = {
    async executeHTTPGraphQLRequest({ httpGraphQLRequest }: { httpGraphQLRequest: { body: { query: string } } }) {
      const nom = httpGraphQLRequest.body.query;
      enCours.add(nom);
      maximum = Math.max(maximum, enCours.size);
      await new Promise<void>((resolve) => liberer.set(nom, resolve));
      enCours.delete(nom);
      return { status: 200, headers: new HeaderMap([['content-type', 'application/json']]), body: { kind: 'complete' as const, string: `{"data":{"nom":"${nom}"}}` } };
    },
  } as unknown as ApolloServer<ApiContext>;
  return { apollo, enCours, maximum: () => maximum, liberer: (nom: string) => liberer.get(nom)?.() };
}

const requete = (nom: string, authorization?: string): GraphqlHttpRequest => ({
  method: 'POST',
  url: '/graphql',
  headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
  body: { ok: true, octets: Buffer.from(JSON.stringify({ query: nom })) },
});

const tour = () => new Promise((resolve) => setImmediate(resolve));

describe('GraphQL handler: anonymous requests at once', () => {
  it('handles at most anonymesEnCoursMax anonymous requests at once, the others in arrival order, and never holds back an editor', async () => {
    const { apollo, enCours, maximum, liberer } = apolloEnAttente();
    const handler = createGraphqlHandler(apollo, { context: async () => ({}) as ApiContext, spliceRawJson: true, anonymesEnCoursMax: 2 });
    const reponses = ['a', 'b', 'c', 'd', 'e'].map((nom) => handler(requete(nom)));
    const editeur = handler(requete('editeur', 'Bearer pess_x'));
    await tour();
    expect([...enCours].sort()).toEqual(['a', 'b', 'editeur']);
    liberer('editeur');
    expect(JSON.parse((await editeur).body.toString()).data.nom).toBe('editeur');
    for (const [nom, suivant] of [['a', 'c'], ['b', 'd'], ['c', 'e']] as const) {
      liberer(nom);
      await tour();
      await tour();
      expect(enCours.has(suivant)).toBe(true);
    }
    liberer('d');
    liberer('e');
    const noms = await Promise.all(reponses.map(async (r) => JSON.parse((await r).body.toString()).data.nom as string));
    expect(noms).toEqual(['a', 'b', 'c', 'd', 'e']);
    // Two anonymous requests and the editor's at most.
    expect(maximum()).toBe(3);
  });

  it('handles every request at once without a limit', async () => {
    const { apollo, enCours, liberer } = apolloEnAttente();
    const handler = createGraphqlHandler(apollo, { context: async () => ({}) as ApiContext, spliceRawJson: true });
    const reponses = ['a', 'b', 'c', 'd', 'e'].map((nom) => handler(requete(nom)));
    await tour();
    expect(enCours.size).toBe(5);
    for (const nom of ['a', 'b', 'c', 'd', 'e']) liberer(nom);
    await Promise.all(reponses);
  });
});
