import { sql } from '../common/sql';
import { insertFixtureTerritoires } from '../test-support/poles.fixtures';
import { startTestEnvironment, type TestEnvironment } from '../test-support/test-environment';
import { recomputePoleTerritoires } from './recompute-pole-territoires';

const QUERY = `query($first: Int) {
  poles(first: $first) {
    totalCount
    nodes {
      nom physique communeSiege { nom }
      territoires { niveau code nom }
      region: territoire(niveau: REGION) { nom }
      territoireAction { libelle territoire { nom } }
    }
  }
}`;

describe('poles: SQL statements per request', () => {
  let env: TestEnvironment;

  // The tests only read: one database for the file, with 120 poles spread over the fixture communes, each with a
  // territory of action.
  beforeAll(async () => {
    env = await startTestEnvironment(async ({ db }) => {
      await insertFixtureTerritoires(db);
      await db.query(sql`
      INSERT INTO pole (slug, nom, nom_recherche, type, code_commune_siege, position, precision_position)
      SELECT 'pole-' || i, 'Pôle ' || i, 'pole ' || i, 'ESPACE_HEBERGEMENT', c.code, c.centre, 'COMMUNE'
      FROM generate_series(1, 120) AS i
      JOIN LATERAL (SELECT code, centre FROM territoire WHERE niveau = 'COMMUNE' ORDER BY code OFFSET i % 5 LIMIT 1) c ON true`);
      await db.query(sql`
      INSERT INTO pole_territoire_action (pole_id, niveau, code, libelle)
      SELECT id, 'COMMUNE', code_commune_siege, 'commune' FROM pole`);
      await db.transaction((tx) => recomputePoleTerritoires(tx));
    });
  });
  afterAll(() => env.close());

  it('runs the same number of statements for 10 and 100 poles (DataLoaders, no query per row)', async () => {
    const small = await env.server.graphql<{ poles: { nodes: { territoires: unknown[] }[] } }>(QUERY, { first: 10 });
    const large = await env.server.graphql<{ poles: { nodes: { territoires: unknown[] }[] } }>(QUERY, { first: 100 });
    expect(small.errors).toBeUndefined();
    expect(large.data!.poles.nodes).toHaveLength(100);
    expect(large.data!.poles.nodes.every((n) => n.territoires.length > 0)).toBe(true);
    expect(small.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(large.extensions?.sqlStatements).toBe(small.extensions?.sqlStatements);
    expect(large.extensions!.sqlStatements).toBeLessThanOrEqual(5);
  });

  it('reads a fiche with its territories in one statement, the same territories as the list gives', async () => {
    const list = await env.server.graphql<{ poles: { nodes: { id: string; territoires: unknown[] }[] } }>(
      '{ poles(first: 1) { nodes { id territoires { niveau code nom population } } } }',
    );
    const { id, territoires } = list.data!.poles.nodes[0]!;
    const fiche = await env.server.graphql<{ pole: { nom: string; territoires: unknown[]; region: { code: string } | null } }>(
      'query($id: ID!) { pole(id: $id) { nom territoires { niveau code nom population } region: territoire(niveau: REGION) { code } } }',
      { id },
    );
    expect(fiche.errors).toBeUndefined();
    expect(fiche.data!.pole.territoires).toEqual(territoires);
    expect(fiche.data!.pole.region).not.toBeNull();
    expect(fiche.extensions?.sqlStatements).toBe(1);
  });
});
