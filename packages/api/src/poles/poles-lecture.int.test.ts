import { FIXTURE_CSV, insertFixtureTerritoires } from '../test-support/poles.fixtures';
import { startTestEnvironment, type TestEnvironment } from '../test-support/test-environment';
import type { TestServer } from '../test-support/test-server';
import { importPolesCsv } from './import-poles';

interface PoleNode {
  nom: string;
  type: string;
  precisionPosition: string | null;
  position: { coordinates: [number, number] } | null;
  territoires: { niveau: string; code: string }[];
}
type Poles = { poles: { totalCount: number; nodes: PoleNode[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

const LIST = `query($filtre: FiltrePoles, $first: Int, $after: String, $tri: TriPoles) {
  poles(filtre: $filtre, first: $first, after: $after, tri: $tri) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { nom type precisionPosition position territoires { niveau code } }
  }
}`;

describe('poles: lecture', () => {
  let env: TestEnvironment;
  let server: TestServer;
  const noms = async (filtre: object, tri?: string) => {
    const response = await server.graphql<Poles>(LIST, { filtre, first: 100, tri });
    expect(response.errors).toBeUndefined();
    return response.data!.poles.nodes.map((n) => n.nom);
  };

  // The tests only read: one database for the file.
  beforeAll(async () => {
    env = await startTestEnvironment(async (app) => {
      await insertFixtureTerritoires(app.db);
      const report = await importPolesCsv(app, FIXTURE_CSV, { viewer: { role: 'admin', jetonId: null, nom: 'test', codeRegion: null } });
      expect(report.erreurs).toEqual([]);
    });
    server = env.server;
  });
  afterAll(() => env.close());

  it('places each pole at its seat commune, else its official territory of action, else nowhere', async () => {
    const response = await server.graphql<Poles>(LIST, { first: 100 });
    const byNom = new Map(response.data!.poles.nodes.map((n) => [n.nom, n]));
    expect(byNom.get('ADESS Pays de Brest')).toMatchObject({ precisionPosition: 'COMMUNE', position: { coordinates: [-4.486, 48.39] } });
    expect(byNom.get('Les Ecossoles')).toMatchObject({ precisionPosition: 'TERRITOIRE', position: { coordinates: [-1.55, 47.22] } });
    expect(byNom.get('De fil en réseaux')).toMatchObject({ precisionPosition: null, position: null, territoires: [] });
  });

  it('links poles to the territories containing them, by geometry or through the seat commune', async () => {
    const response = await server.graphql<Poles>(LIST, { first: 100 });
    const byNom = new Map(response.data!.poles.nodes.map((n) => [n.nom, n.territoires.map((t) => `${t.niveau}:${t.code}`)]));
    expect(byNom.get('ADESS Pays de Brest')).toEqual(['COMMUNE:29019', 'PAYS:PAYS-BREST', 'DEPARTEMENT:29', 'REGION:53', 'FRANCE:FR']);
    // Quimper has no outline in the fixtures: the commune comes from the seat, the rest from geometry.
    expect(byNom.get('Maison de Quimper')).toEqual(['COMMUNE:29232', 'DEPARTEMENT:29', 'REGION:53', 'FRANCE:FR']);
    // Known only by its EPCI: the EPCI and coarser levels, never the commune under the EPCI's centre.
    expect(byNom.get('Les Ecossoles')).toEqual(['EPCI:244400404', 'DEPARTEMENT:44', 'REGION:52', 'FRANCE:FR']);
  });

  it('filters by type, status, function and territory', async () => {
    expect(await noms({ types: ['ESPACE_HEBERGEMENT'] })).toEqual(['Le PHARES']);
    expect(await noms({ statuts: ['PROJET', 'INCONNU'] })).toEqual(['Maison de Quimper', 'Réso Solidaire']);
    expect(await noms({ dans: { niveau: 'REGION', code: '53' } })).toEqual(['ADESS Pays de Brest', 'Maison de Quimper', 'Réso Solidaire']);
    expect(await noms({ dans: { niveau: 'REGION', code: '53' }, types: ['CENTRE_MULTIFONCTION'] })).toEqual(['Maison de Quimper']);
    expect(await noms({ dans: { niveau: 'PAYS', code: 'PAYS-BREST' } })).toEqual(['ADESS Pays de Brest']);
  });

  it('searches without accents or case', async () => {
    expect(await noms({ recherche: 'ETAMPES' })).toEqual(["Pôle d'économie solidaire (Étampes)"]);
    expect(await noms({ recherche: 'économie solidaire' })).toEqual(["Pôle d'économie solidaire (Étampes)"]);
    expect(await noms({ recherche: 'reso' })).toEqual(['Réso Solidaire']);
    expect(await noms({ recherche: 'montagne limousine' })).toEqual(['De fil en réseaux']);
  });

  it('finds poles around a point and in a box', async () => {
    expect(await noms({ autourDe: { lon: -1.5536, lat: 47.2184, rayonKm: 30 } })).toEqual(['Les Ecossoles']);
    expect(await noms({ autourDe: { lon: -4.1, lat: 48.1, rayonKm: 60 } }, 'DISTANCE')).toEqual(['Maison de Quimper', 'ADESS Pays de Brest']);
    expect(await noms({ bbox: { ouest: -5, sud: 47.5, est: -1, nord: 49 } })).toEqual(['ADESS Pays de Brest', 'Maison de Quimper', 'Réso Solidaire']);
    const bad = await server.graphql(LIST, { filtre: { autourDe: { lon: 200, lat: 47, rayonKm: 10 } } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', champ: 'filtre.autourDe' });
  });

  it('gives each pole its distance to the centre of autourDe, a territory standing for its representative point', async () => {
    type D = { poles: { nodes: { nom: string; distanceKm: number | null }[] } };
    const q = `query($filtre: FiltrePoles) { poles(filtre: $filtre, tri: DISTANCE) { nodes { nom distanceKm } } }`;
    const parPoint = await server.graphql<D>(q, { filtre: { autourDe: { lon: -1.55, lat: 47.22, rayonKm: 30 } } });
    const parTerritoire = await server.graphql<D>(q, { filtre: { autourDe: { territoire: { niveau: 'EPCI', code: '244400404' }, rayonKm: 30 } } });
    expect(parTerritoire.errors).toBeUndefined();
    // Nantes Métropole's representative point is (-1.55, 47.22): the same poles at the same distances.
    expect(parTerritoire.data!.poles.nodes).toEqual(parPoint.data!.poles.nodes);
    const [ecossoles] = parTerritoire.data!.poles.nodes;
    expect(ecossoles!.nom).toBe('Les Ecossoles');
    expect(ecossoles!.distanceKm).toBeGreaterThanOrEqual(0);
    expect(ecossoles!.distanceKm).toBeLessThan(30);
    const sansFiltre = await server.graphql<D>('{ poles(first: 1) { nodes { nom distanceKm } } }');
    expect(sansFiltre.data!.poles.nodes[0]!.distanceKm).toBeNull();
    const inconnu = await server.graphql(q, { filtre: { autourDe: { territoire: { niveau: 'EPCI', code: '000' }, rayonKm: 30 } } });
    expect(inconnu.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', champ: 'filtre.autourDe.territoire' });
    const lesDeux = await server.graphql(q, { filtre: { autourDe: { lon: 0, lat: 0, territoire: { niveau: 'EPCI', code: '244400404' }, rayonKm: 30 } } });
    expect(lesDeux.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', champ: 'filtre.autourDe' });
  });

  it('pages through the list with cursors, at most 100 per page', async () => {
    const first = await server.graphql<Poles>(LIST, { first: 4 });
    expect(first.data!.poles).toMatchObject({ totalCount: 7, pageInfo: { hasNextPage: true } });
    const second = await server.graphql<Poles>(LIST, { first: 4, after: first.data!.poles.pageInfo.endCursor });
    expect(second.data!.poles.nodes).toHaveLength(3);
    expect(second.data!.poles.pageInfo.hasNextPage).toBe(false);
    const all = [...first.data!.poles.nodes, ...second.data!.poles.nodes].map((n) => n.nom);
    expect(new Set(all).size).toBe(7);
    const capped = await server.graphql<Poles>(LIST, { first: 5000 });
    expect(capped.data!.poles.nodes).toHaveLength(7);
  });

  it('lists the poles of each territory, batched in one statement for all territories', async () => {
    const response = await server.graphql<{ territoires: { nodes: { code: string; poles: { totalCount: number; nodes: { nom: string }[] } }[] } }>(
      `{ territoires(niveau: REGION) { nodes { code poles(first: 2, tri: TYPE) { totalCount nodes { nom } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const byCode = new Map(response.data!.territoires.nodes.map((t) => [t.code, t.poles]));
    expect(byCode.get('53')).toEqual({ totalCount: 3, nodes: [{ nom: 'ADESS Pays de Brest' }, { nom: 'Réso Solidaire' }] });
    expect(byCode.get('52')).toEqual({ totalCount: 1, nodes: [{ nom: 'Les Ecossoles' }] });
    const breton = await server.graphql<{ territoire: { poles: { nodes: { nom: string }[] } } }>(
      `{ territoire(niveau: REGION, code: "53") { poles(filtre: { types: [CENTRE_MULTIFONCTION] }) { nodes { nom } } } }`,
    );
    expect(breton.data!.territoire.poles.nodes).toEqual([{ nom: 'Maison de Quimper' }]);
  });

  it('answers each aliased list with its own filter, written or in variables, request after request', async () => {
    type Listes = { territoire: { centres: { nodes: { nom: string }[] }; choisis: { nodes: { nom: string }[] } } };
    const query = `query ($types: [TypePole!]) { territoire(niveau: REGION, code: "53") {
      centres: poles(filtre: { types: [CENTRE_MULTIFONCTION] }) { nodes { nom } }
      choisis: poles(filtre: { types: $types }) { nodes { nom } } } }`;
    const noms = async (types: string[]) => {
      const r = await server.graphql<Listes>(query, { types });
      expect(r.errors).toBeUndefined();
      return { centres: r.data!.territoire.centres.nodes.map((n) => n.nom), choisis: r.data!.territoire.choisis.nodes.map((n) => n.nom) };
    };
    expect(await noms(['CENTRE_MULTIFONCTION'])).toEqual({ centres: ['Maison de Quimper'], choisis: ['Maison de Quimper'] });
    const associations = await noms(['ASSOCIATION_DEVELOPPEMENT']);
    expect(associations.centres).toEqual(['Maison de Quimper']);
    expect(associations.choisis).toContain('ADESS Pays de Brest');
    expect(associations.choisis).not.toContain('Maison de Quimper');
  });

  it("keeps a territory's totalCount on a page of its poles past the last one", async () => {
    type Page = { territoire: { poles: { totalCount: number; nodes: { nom: string }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } } };
    const query = `query ($after: String) { territoire(niveau: REGION, code: "53") {
      poles(first: 3, after: $after) { totalCount nodes { nom } pageInfo { endCursor hasNextPage } } } }`;
    const first = await server.graphql<Page>(query, {});
    expect(first.data!.territoire.poles.nodes).toHaveLength(3);
    expect(first.data!.territoire.poles.pageInfo.hasNextPage).toBe(false);
    const past = await server.graphql<Page>(query, { after: first.data!.territoire.poles.pageInfo.endCursor });
    expect(past.errors).toBeUndefined();
    expect(past.data!.territoire.poles).toMatchObject({ totalCount: 3, nodes: [] });
  });

  it('gives the study counts with their source', async () => {
    const response = await server.graphql<{ chiffresEtude: { indicateur: string; valeur: number; source: string }[] }>(
      '{ chiffresEtude { indicateur perimetre valeur unite note source } }',
    );
    const recenses = response.data!.chiffresEtude.find((c) => c.indicateur === 'poles recensés');
    expect(recenses).toMatchObject({ valeur: 63 });
    expect(recenses!.source).toMatch(/Étude/);
  });
});
