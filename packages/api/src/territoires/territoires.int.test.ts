import { sql } from '../common/sql';
import { startTestEnvironment, type TestEnvironment } from '../test-support/test-environment';
import type { TestServer } from '../test-support/test-server';
import { FIXTURE_COMMUNES, insertTerritoiresFixture } from '../test-support/territoires.fixtures';

interface Node {
  code: string;
  nom: string;
}
interface Connection {
  totalCount: number;
  nodes: Node[];
  edges: { cursor: string; node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const fixture = ({ db }: TestEnvironment['app']) => insertTerritoiresFixture(db);

// These tests only read: one database for them all.
describe('territoires (GraphQL)', () => {
  let env: TestEnvironment;
  let server: TestServer;

  beforeAll(async () => {
    env = await startTestEnvironment(fixture);
    server = env.server;
  });
  afterAll(() => env.close());

  it('finds « Île-de-France » when searching « ile », without accents or case', async () => {
    const response = await server.graphql<{ territoires: Connection }>(
      '{ territoires(niveau: REGION, recherche: "ILE") { totalCount nodes { code nom } } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.territoires).toEqual({ totalCount: 1, nodes: [{ code: '11', nom: 'Île-de-France' }] });
  });

  it('restricts to the members of a territory with `dans`, and pages through them', async () => {
    const query = `query($after: String) {
      territoires(niveau: COMMUNE, dans: { niveau: PAYS, code: "PAYS-BREST" }, first: 5, after: $after) {
        totalCount nodes { code } edges { cursor node { code } } pageInfo { hasNextPage endCursor } } }`;
    const first = await server.graphql<{ territoires: Connection }>(query);
    const page1 = first.data!.territoires;
    expect(page1.totalCount).toBe(8);
    expect(page1.nodes).toHaveLength(5);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page1.edges.map((e) => e.node.code)).toEqual(page1.nodes.map((n) => n.code));
    const second = await server.graphql<{ territoires: Connection }>(query, { after: page1.pageInfo.endCursor });
    const page2 = second.data!.territoires;
    expect(page2.nodes).toHaveLength(3);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect(new Set([...page1.nodes, ...page2.nodes].map((n) => n.code)).size).toBe(8);
  });

  it('caps `first` at 100 and rejects a forged cursor with a code', async () => {
    const capped = await server.graphql<{ territoires: Connection }>('{ territoires(niveau: COMMUNE, first: 500) { totalCount nodes { code } } }');
    expect(capped.data!.territoires.totalCount).toBe(FIXTURE_COMMUNES);
    expect(capped.data!.territoires.nodes).toHaveLength(100);
    const forged = await server.graphql('{ territoires(niveau: COMMUNE, after: "nope") { totalCount } }');
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('gives a territory, its parents and its members', async () => {
    const response = await server.graphql<{
      territoire: { nom: string; parent: Node; parents: (Node & { niveau: string })[]; membres: Connection; imbrique: boolean };
    }>(`{ territoire(niveau: EPCI, code: "242900314") { nom imbrique parent(niveau: DEPARTEMENT) { code nom }
        parents { niveau code } membres(niveau: COMMUNE, first: 3) { totalCount nodes { code } } } }`);
    expect(response.errors).toBeUndefined();
    const t = response.data!.territoire;
    expect(t.nom).toBe('Brest Métropole');
    expect(t.parent).toEqual({ code: '29', nom: 'Finistère' });
    expect(t.parents.map((p) => `${p.niveau}:${p.code}`)).toEqual(['PAYS:PAYS-BREST', 'DEPARTEMENT:29', 'REGION:53']);
    expect(t.imbrique).toBe(true);
    expect(t.membres.totalCount).toBe(8);
    expect(t.membres.nodes).toHaveLength(3);
    const unknown = await server.graphql<{ territoire: null }>('{ territoire(niveau: COMMUNE, code: "00000") { code } }');
    expect(unknown.data!.territoire).toBeNull();
  });

  it('shows an EPCI across two départements and two régions as not nesting, and its past Pays', async () => {
    const response = await server.graphql<{
      territoire: { imbrique: boolean; niveauxNonImbriques: string[]; parents: Node[]; appartenances: { parent: Node; actuelle: boolean; dateFin: string | null; confiance: string }[] };
    }>(`{ territoire(niveau: EPCI, code: "244400610") { imbrique niveauxNonImbriques parents(niveau: DEPARTEMENT) { code }
        appartenances { parent { code } actuelle dateFin confiance } } }`);
    const t = response.data!.territoire;
    expect(t.imbrique).toBe(false);
    expect(t.niveauxNonImbriques).toEqual(['DEPARTEMENT', 'REGION']);
    expect(t.parents.map((p) => p.code)).toEqual(['44', '56']);
    expect(t.appartenances).toEqual([{ parent: { code: 'PAYS-BREST' }, actuelle: false, dateFin: '2018-01-01', confiance: 'low' }]);
    const pays = await server.graphql<{ territoire: { membres: Connection; compositions: { membre: Node; actuelle: boolean }[] } }>(
      '{ territoire(niveau: PAYS, code: "PAYS-BREST") { membres(niveau: EPCI) { totalCount } compositions { membre { code } actuelle } } }',
    );
    expect(pays.data!.territoire.membres.totalCount).toBe(1);
    expect(pays.data!.territoire.compositions).toEqual([
      { membre: { code: '242900314' }, actuelle: true },
      { membre: { code: '244400610' }, actuelle: false },
    ]);
  });

  it('serves a map layer as one FeatureCollection with code, nom and geometrieSource', async () => {
    const response = await server.graphql<{ carteTerritoires: { type: string; features: { geometry: { type: string }; properties: Record<string, unknown> }[] } }>(
      '{ carteTerritoires(niveau: DEPARTEMENT, dans: { niveau: REGION, code: "53" }, precision: BASSE) }',
    );
    expect(response.errors).toBeUndefined();
    const carte = response.data!.carteTerritoires;
    expect(carte.type).toBe('FeatureCollection');
    expect(carte.features.map((f) => f.properties.code)).toEqual(['29', '56']);
    expect(carte.features[0]!.geometry.type).toBe('MultiPolygon');
    expect(carte.features[0]!.properties).toMatchObject({ nom: 'Finistère', geometrieSource: 'APPROXIMATIVE' });
    const centre = await server.graphql<{ territoire: { centre: { type: string; coordinates: number[] } } }>(
      '{ territoire(niveau: DEPARTEMENT, code: "29") { centre geometrie(precision: COMPLETE) } }',
    );
    expect(centre.data!.territoire.centre.type).toBe('Point');
  });

  it('runs as many SQL statements for 100 territories with their parent as for 10', async () => {
    const query = `query($first: Int) { territoires(niveau: COMMUNE, first: $first) {
      nodes { code parent(niveau: DEPARTEMENT) { nom } parents { code } imbrique membres(niveau: COMMUNE) { totalCount } centre } } }`;
    const ten = await server.graphql<{ territoires: Connection }>(query, { first: 10 });
    const hundred = await server.graphql<{ territoires: Connection }>(query, { first: 100 });
    expect(hundred.data!.territoires.nodes).toHaveLength(100);
    expect(ten.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(hundred.extensions?.sqlStatements).toBe(ten.extensions?.sqlStatements);
  });
});

// This test writes territories: the fixture is loaded again before it.
describe('territoires search (GraphQL), after writes', () => {
  let env: TestEnvironment;
  let server: TestServer;

  beforeAll(async () => {
    env = await startTestEnvironment();
  });
  beforeEach(async () => {
    await env.reset(fixture);
    server = env.server;
  });
  afterAll(() => env.close());

  it('searches by name or code, names starting with the words first, and follows writes to territoire', async () => {
    const search = async (recherche: string, after?: string) =>
      (await server.graphql<{ territoires: Connection }>(
        'query($q: String!, $after: String) { territoires(niveau: COMMUNE, recherche: $q, first: 5, after: $after) { totalCount nodes { code nom } } }',
        { q: recherche, after },
      )).data!.territoires;
    expect(await search('29001')).toEqual({ totalCount: 1, nodes: [{ code: '29001', nom: 'Brest' }] });
    expect(await search('commune 2901', Buffer.from('o:20').toString('base64url'))).toEqual({ totalCount: 10, nodes: [] });
    const { db } = env.app;
    await db.query(sql`INSERT INTO territoire (niveau, code, nom, nom_recherche) VALUES ('COMMUNE', '29999', 'Abrest', 'abrest')`);
    expect((await search('BRÉST')).nodes.map((n) => n.nom)).toEqual(['Brest', 'Abrest']);
    expect((await search('br')).nodes.map((n) => n.nom)).toEqual(['Brest', 'Abrest']);
    await db.query(sql`UPDATE territoire SET nom = 'Kerabrest', nom_recherche = 'kerabrest' WHERE code = '29999'`);
    expect((await search('kerab')).nodes.map((n) => n.nom)).toEqual(['Kerabrest']);
    await db.query(sql`DELETE FROM territoire WHERE code = '29999'`);
    expect(await search('brest')).toEqual({ totalCount: 1, nodes: [{ code: '29001', nom: 'Brest' }] });
  });
});
