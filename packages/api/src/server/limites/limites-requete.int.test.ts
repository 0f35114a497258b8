import { parse, getIntrospectionQuery, getOperationAST } from 'graphql';
import { LIMITES_REQUETE } from '../../common/limites-requete';
import { buildApiSchema } from '../../schema/build-schema';
import { insertFixtureTerritoires } from '../../test-support/poles.fixtures';
import { startTestEnvironment, type TestEnvironment } from '../../test-support/test-environment';
import type { GraphQLResponse } from '../../test-support/test-server';
import { mesurerOperation } from './mesurer-operation';

// n levels of fragments, each spreading the one below under two aliases: 2^n branches from a 1 KB text (issue 20:
// graphql-jit's compile time doubled with each level, 30 levels froze the server).
function bombeAlias(niveaux: number): string {
  let fragments = 'fragment F0 on Territoire { code }\n';
  for (let i = 1; i <= niveaux; i += 1) {
    fragments += `fragment F${i} on Territoire { a: parent(niveau: PAYS) { ...F${i - 1} } b: parent(niveau: REGION) { ...F${i - 1} } }\n`;
  }
  return `{ territoire(code: "29019", niveau: COMMUNE) { ...F${niveaux} } }\n${fragments}`;
}

// The same fragment spread twice at each level, without aliases: 2^n copies of one field once expanded.
function bombeSansAlias(niveaux: number): string {
  let fragments = 'fragment F0 on Query { sante { statut backend } }\n';
  for (let i = 1; i <= niveaux; i += 1) fragments += `fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }\n`;
  return `{ ...F${niveaux} }\n${fragments}`;
}

// `territoire { parent { parent { … code } } }`: depth = levels + 2.
function profond(profondeur: number): string {
  return `{ territoire(code: "29019", niveau: COMMUNE) { ${'parent(niveau: PAYS) { '.repeat(profondeur - 2)}code${' }'.repeat(profondeur - 2)} } }`;
}

const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: sante { statut }`).join(' ')} }`;

const carteCommunes = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `c${i}: carteTerritoires(niveau: COMMUNE, precision: COMPLETE)`).join(' ')} }`;

const mesure = (query: string) => {
  const document = parse(query);
  return mesurerOperation(buildApiSchema(), document, getOperationAST(document)!);
};

function refus(response: GraphQLResponse, limite: string) {
  expect(response.data ?? null).toBeNull();
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limite, maximum: LIMITES_REQUETE[limite as keyof typeof LIMITES_REQUETE] });
  expect(response.errors![0]!.message).toMatch(/^Requête refusée/);
}

describe('limits of one GraphQL request', () => {
  let env: TestEnvironment;

  beforeAll(async () => {
    env = await startTestEnvironment(({ db }) => insertFixtureTerritoires(db));
  });
  afterAll(() => env.close());

  it('answers the alias fragment bomb at the limit and refuses it one level deeper, before any SQL', async () => {
    expect(mesure(bombeAlias(4)).alias).toBeLessThanOrEqual(LIMITES_REQUETE.alias);
    const auBord = await env.server.graphql<{ territoire: { a: unknown } }>(bombeAlias(4));
    expect(auBord.errors).toBeUndefined();
    expect(auBord.data!.territoire).toHaveProperty('a');
    const auDela = await env.server.graphql(bombeAlias(5));
    refus(auDela, 'alias');
    expect(auDela.extensions?.sqlStatements).toBe(0);
    // Thirty levels (a billion branches) are refused as fast, here for their depth.
    refus(await env.server.graphql(bombeAlias(30)), 'profondeur');
  });

  it('counts every spread of a fragment: 2^n copies are refused past the field limit', async () => {
    expect(mesure(bombeSansAlias(9)).champs).toBeLessThanOrEqual(LIMITES_REQUETE.champs);
    const auBord = await env.server.graphql<{ sante: { statut: string } }>(bombeSansAlias(9));
    expect(auBord.errors).toBeUndefined();
    expect(auBord.data!.sante.statut).toBe('ok');
    refus(await env.server.graphql(bombeSansAlias(10)), 'champs');
    refus(await env.server.graphql(bombeSansAlias(40)), 'champs');
  });

  it('answers a query at the depth limit and refuses one level deeper', async () => {
    const auBord = await env.server.graphql(profond(LIMITES_REQUETE.profondeur));
    expect(auBord.errors).toBeUndefined();
    refus(await env.server.graphql(profond(LIMITES_REQUETE.profondeur + 1)), 'profondeur');
  });

  it('answers as many aliases as the limit and refuses one more', async () => {
    const auBord = await env.server.graphql<Record<string, unknown>>(aliases(LIMITES_REQUETE.alias));
    expect(Object.keys(auBord.data!)).toHaveLength(LIMITES_REQUETE.alias);
    refus(await env.server.graphql(aliases(LIMITES_REQUETE.alias + 1)), 'alias');
  });

  it('serves one map of every commune at full precision, and refuses two in one request before any SQL', async () => {
    const une = await env.server.graphql<{ c0: { type: string } }>(carteCommunes(1));
    expect(une.data!.c0.type).toBe('FeatureCollection');
    const deux = await env.server.graphql(carteCommunes(2));
    refus(deux, 'cout');
    expect(deux.extensions?.sqlStatements).toBe(0);
  });

  it('serves an analyst\'s nested pages (poles of each type in each département) and refuses pages nested three deep', async () => {
    const parType = (niveau: string) => `{ territoires(niveau: ${niveau}, first: 100) { nodes { code nom
      ${['ASSOCIATION_DEVELOPPEMENT', 'ESPACE_HEBERGEMENT', 'CENTRE_MULTIFONCTION'].map((t, i) => `t${i}: poles(filtre: { types: [${t}] }, first: 100) { totalCount nodes { id nom statut } }`).join(' ')}
    } } }`;
    const reponse = await env.server.graphql<{ territoires: { nodes: unknown[] } }>(parType('DEPARTEMENT'));
    expect(reponse.errors).toBeUndefined();
    expect(reponse.data!.territoires.nodes.length).toBeGreaterThan(0);
    expect(mesure(parType('DEPARTEMENT')).cout).toBeLessThanOrEqual(LIMITES_REQUETE.cout);
    const troisPages = `{ territoires(niveau: REGION, first: 100) { nodes { membres(niveau: DEPARTEMENT, first: 100) { nodes {
      membres(niveau: COMMUNE, first: 100) { nodes { code nom population } } } } } } }`;
    const troisPagesMesure = mesure(troisPages);
    expect(troisPagesMesure.profondeur).toBeLessThanOrEqual(LIMITES_REQUETE.profondeur);
    expect(troisPagesMesure.cout).toBeGreaterThan(LIMITES_REQUETE.cout);
    refus(await env.server.graphql(troisPages), 'cout');
  });

  it('refuses a query text of more tokens than the limit, naming it', async () => {
    const texte = `{ ${'sante { statut } '.repeat(Math.ceil(LIMITES_REQUETE.jetons / 4))} }`;
    const response = await fetch(`${env.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: texte }),
    });
    expect(response.status).toBe(400);
    refus((await response.json()) as GraphQLResponse, 'jetons');
  });

  it('lets the GraphQL IDE introspect the schema', async () => {
    const response = await env.server.graphql<{ __schema: { types: unknown[] } }>(getIntrospectionQuery());
    expect(response.errors).toBeUndefined();
    expect(response.data!.__schema.types.length).toBeGreaterThan(20);
  });
});
