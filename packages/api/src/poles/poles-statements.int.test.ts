import { createTestDatabase } from '../test-support/test-database';
import { startTestServer, type TestServer } from '../test-support/test-server';
import type { Database } from '../database/open-database';
import { insertFixtureTerritoires } from './poles.fixtures';
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
  let database: Database;
  let server: TestServer;

  beforeAll(async () => {
    database = await createTestDatabase();
    await insertFixtureTerritoires(database.dataSource);
    // 120 poles spread over the fixture communes, each with a territory of action.
    await database.dataSource.query(`
      INSERT INTO pole (slug, nom, nom_recherche, type, code_commune_siege, position, precision_position)
      SELECT 'pole-' || i, 'Pôle ' || i, 'pole ' || i, 'ESPACE_HEBERGEMENT', c.code, c.centre, 'COMMUNE'
      FROM generate_series(1, 120) AS i
      JOIN LATERAL (SELECT code, centre FROM territoire WHERE niveau = 'COMMUNE' ORDER BY code OFFSET i % 5 LIMIT 1) c ON true`);
    await database.dataSource.query(`
      INSERT INTO pole_territoire_action (pole_id, niveau, code, libelle)
      SELECT id, 'COMMUNE', code_commune_siege, 'commune' FROM pole`);
    await recomputePoleTerritoires(database.dataSource);
    server = await startTestServer(database);
  });
  afterAll(async () => {
    await server.close();
    await database.close();
  });

  it('runs the same number of statements for 10 and 100 poles (DataLoaders, no query per row)', async () => {
    const small = await server.graphql<{ poles: { nodes: { territoires: unknown[] }[] } }>(QUERY, { first: 10 });
    const large = await server.graphql<{ poles: { nodes: { territoires: unknown[] }[] } }>(QUERY, { first: 100 });
    expect(small.errors).toBeUndefined();
    expect(large.data!.poles.nodes).toHaveLength(100);
    expect(large.data!.poles.nodes.every((n) => n.territoires.length > 0)).toBe(true);
    expect(small.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(large.extensions?.sqlStatements).toBe(small.extensions?.sqlStatements);
    expect(large.extensions!.sqlStatements).toBeLessThanOrEqual(5);
  });

  it('reads a fiche with its territories in one statement, the same territories as the list gives', async () => {
    const list = await server.graphql<{ poles: { nodes: { id: string; territoires: unknown[] }[] } }>(
      '{ poles(first: 1) { nodes { id territoires { niveau code nom population } } } }',
    );
    const { id, territoires } = list.data!.poles.nodes[0]!;
    const fiche = await server.graphql<{ pole: { nom: string; territoires: unknown[]; region: { code: string } | null } }>(
      'query($id: ID!) { pole(id: $id) { nom territoires { niveau code nom population } region: territoire(niveau: REGION) { code } } }',
      { id },
    );
    expect(fiche.errors).toBeUndefined();
    expect(fiche.data!.pole.territoires).toEqual(territoires);
    expect(fiche.data!.pole.region).not.toBeNull();
    expect(fiche.extensions?.sqlStatements).toBe(1);
  });
});
