import { sql } from '../common/sql';
import { createTestJeton, insertFixtureTerritoires } from '../test-support/poles.fixtures';
import { startTestEnvironment, type TestEnvironment } from '../test-support/test-environment';
import type { TestServer } from '../test-support/test-server';

const CREER = `mutation($donnees: DonneesPoleInput!) {
  creerPole(donnees: $donnees) { id nom version statut precisionPosition territoire(niveau: REGION) { code } sources { champ source } }
}`;
const MODIFIER = `mutation($id: ID!, $version: Int!, $donnees: DonneesPoleInput!) {
  modifierPole(id: $id, version: $version, donnees: $donnees) { id nom version siteWeb taille }
}`;
type Cree = { creerPole: { id: string; version: number; territoire: { code: string } | null; sources: { champ: string; source: string }[] } };

// Each test writes: the database is emptied and the fixture loaded again before each (territories, two editor tokens).
describe('poles: écriture', () => {
  let env: TestEnvironment;
  let server: TestServer;
  let editeur: Record<string, string>;
  let editeurBretagne: Record<string, string>;
  const polesEnBase = async () => {
    const [row] = await env.app.db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM pole`);
    return row!.n;
  };

  const fixture = async ({ db }: TestEnvironment['app']) => {
    await insertFixtureTerritoires(db);
    editeur = await createTestJeton(db, 'editeur');
    editeurBretagne = await createTestJeton(db, 'editeur', '53');
  };

  beforeAll(async () => {
    env = await startTestEnvironment();
  });
  beforeEach(async () => {
    await env.reset(fixture);
    server = env.server;
  });
  afterAll(() => env.close());

  it('refuses an anonymous or unknown-token mutation and writes nothing', async () => {
    const anonyme = await server.graphql(CREER, { donnees: { nom: 'X', type: 'ESPACE_HEBERGEMENT' } });
    expect(anonyme.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const inconnu = await server.graphql(CREER, { donnees: { nom: 'X', type: 'ESPACE_HEBERGEMENT' } }, { authorization: 'Bearer pess_faux' });
    expect(inconnu.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await polesEnBase()).toBe(0);
  });

  it('creates a pole with an editor token, with its source and an audit row', async () => {
    const response = await server.graphql<Cree>(
      CREER,
      { donnees: { nom: 'Pépinière de Brest', type: 'ESPACE_HEBERGEMENT', statut: 'PROJET', codeCommuneSiege: '29019', source: 'site du Pays de Brest' } },
      editeur,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.creerPole).toMatchObject({ version: 1, precisionPosition: 'COMMUNE', territoire: { code: '53' } });
    expect(response.data!.creerPole.sources).toContainEqual({ champ: 'statut', source: 'site du Pays de Brest' });
    const [audit] = await env.app.db.query<{ action: string; auteur: string }>(
      sql`SELECT action, auteur FROM pole_audit WHERE pole_id = ${response.data!.creerPole.id}`,
    );
    expect(audit).toEqual({ action: 'CREATION', auteur: 'test editeur' });
  });

  it('explains invalid values in French with the field', async () => {
    const response = await server.graphql(CREER, { donnees: { nom: 'Y', type: 'CENTRE_MULTIFONCTION', taille: 7 } }, editeur);
    expect(response.errors?.[0]).toMatchObject({ message: expect.stringMatching(/de 1 à 5/), extensions: { code: 'BAD_USER_INPUT', champ: 'taille' } });
    const commune = await server.graphql(CREER, { donnees: { nom: 'Y', type: 'CENTRE_MULTIFONCTION', codeCommuneSiege: '99999' } }, editeur);
    expect(commune.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', champ: 'codeCommuneSiege' });
    expect(await polesEnBase()).toBe(0);
  });

  it('keeps an editor limited to Bretagne inside Bretagne, writing nothing otherwise', async () => {
    const dehors = await server.graphql(CREER, { donnees: { nom: 'Pôle nantais', type: 'CENTRE_MULTIFONCTION', codeCommuneSiege: '44109' } }, editeurBretagne);
    expect(dehors.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await polesEnBase()).toBe(0);
    const nantes = await server.graphql<Cree>(CREER, { donnees: { nom: 'Pôle nantais', type: 'CENTRE_MULTIFONCTION', codeCommuneSiege: '44109' } }, editeur);
    const { id, version } = nantes.data!.creerPole;
    const modif = await server.graphql(MODIFIER, { id, version, donnees: { taille: 3 } }, editeurBretagne);
    expect(modif.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Moving a Breton pole out of Bretagne is refused too.
    const rennes = await server.graphql<Cree>(CREER, { donnees: { nom: 'Pôle rennais', type: 'ESPACE_HEBERGEMENT', codeCommuneSiege: '35238' } }, editeurBretagne);
    expect(rennes.errors).toBeUndefined();
    const deplace = await server.graphql(
      MODIFIER,
      { id: rennes.data!.creerPole.id, version: 1, donnees: { position: { lon: -1.55, lat: 47.22 } } },
      editeurBretagne,
    );
    expect(deplace.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [row] = await env.app.db.query(sql`SELECT version, precision_position FROM pole WHERE id = ${rennes.data!.creerPole.id}`);
    expect(row).toEqual({ version: 1, precision_position: 'COMMUNE' });
  });

  it('refuses a stale version with CONFLICT', async () => {
    const cree = await server.graphql<Cree>(CREER, { donnees: { nom: 'Maison de la solidarité', type: 'CENTRE_MULTIFONCTION' } }, editeur);
    const { id } = cree.data!.creerPole;
    const premier = await server.graphql<{ modifierPole: { version: number } }>(MODIFIER, { id, version: 1, donnees: { siteWeb: 'https://exemple.org' } }, editeur);
    expect(premier.data!.modifierPole.version).toBe(2);
    const second = await server.graphql(MODIFIER, { id, version: 1, donnees: { taille: 2 } }, editeur);
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', versionActuelle: 2 });
    const [row] = await env.app.db.query(sql`SELECT taille, site_web FROM pole WHERE id = ${id}`);
    expect(row).toEqual({ taille: null, site_web: 'https://exemple.org' });
  });

  it('soft-deletes and restores a pole', async () => {
    const cree = await server.graphql<Cree>(CREER, { donnees: { nom: 'Éphémère', type: 'ESPACE_HEBERGEMENT' } }, editeur);
    const { id } = cree.data!.creerPole;
    const supprime = await server.graphql(`mutation($id: ID!) { supprimerPole(id: $id) { supprimeLe } }`, { id }, editeur);
    expect(supprime.errors).toBeUndefined();
    expect((await server.graphql<{ pole: unknown }>(`query($id: ID!) { pole(id: $id) { nom } }`, { id })).data!.pole).toBeNull();
    const liste = await server.graphql<{ poles: { totalCount: number } }>(`{ poles(filtre: { recherche: "ephemere" }) { totalCount } }`);
    expect(liste.data!.poles.totalCount).toBe(0);
    const restaure = await server.graphql<{ restaurerPole: { supprimeLe: string | null; version: number } }>(
      `mutation($id: ID!) { restaurerPole(id: $id) { supprimeLe version } }`,
      { id },
      editeur,
    );
    expect(restaure.data!.restaurerPole).toEqual({ supprimeLe: null, version: 3 });
    const actions = await env.app.db.query<{ action: string }>(sql`SELECT action FROM pole_audit WHERE pole_id = ${id} ORDER BY id`);
    expect(actions.map((a) => a.action)).toEqual(['CREATION', 'SUPPRESSION', 'RESTAURATION']);
    const historique = await server.graphql<{ pole: { historique: { action: string; auteur: string }[] } }>(
      `query($id: ID!) { pole(id: $id) { historique { action auteur le changements } } }`,
      { id },
      editeur,
    );
    expect(historique.data!.pole.historique.map((h) => h.action)).toEqual(['CREATION', 'SUPPRESSION', 'RESTAURATION']);
    const anonyme = await server.graphql(`query($id: ID!) { pole(id: $id) { historique { action } } }`, { id });
    expect(anonyme.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
