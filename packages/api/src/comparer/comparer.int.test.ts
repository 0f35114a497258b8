import { insertAnalysesEmploiFixture } from '../test-support/analyses.fixtures';
import { startTestEnvironment, type TestEnvironment } from '../test-support/test-environment';
import type { TestServer } from '../test-support/test-server';

// These tests only read: one database for them all.
describe('comparer', () => {
  let env: TestEnvironment;
  let server: TestServer;

  beforeAll(async () => {
    env = await startTestEnvironment(insertAnalysesEmploiFixture);
    server = env.server;
  });
  afterAll(() => env.close());

  it('compares a Pays with its région and France, each value with its source', async () => {
    const r = await server.graphql<{ comparer: { code: string; parent: boolean; valeurs: { indicateur: string; valeur: number | null; texte: string; source: string | null; annee: number | null }[] }[] }>(
      `{ comparer(territoires: [{niveau: PAYS, code: "PAYS-A"}, {niveau: PAYS, code: "PAYS-C"}], parents: [REGION, FRANCE],
           indicateurs: [POPULATION, POLES_ESPACE_HEBERGEMENT, EMPLOI_ESS_PART, PART_POPULATION_COUVERTE]) {
           code parent valeurs { indicateur valeur texte source annee } } }`,
    );
    expect(r.errors).toBeUndefined();
    const parCode = Object.fromEntries(r.data!.comparer.map((c) => [c.code, c]));
    expect(r.data!.comparer.map((c) => c.code)).toEqual(['PAYS-A', 'PAYS-C', '99', 'FR']);
    expect(parCode['99']!.parent).toBe(true);
    expect(parCode['PAYS-A']!.valeurs).toEqual([
      { indicateur: 'POPULATION', valeur: 4000, texte: expect.stringMatching(/^4\s000$/), source: 'fixture', annee: 2023 },
      { indicateur: 'POLES_ESPACE_HEBERGEMENT', valeur: 1, texte: '1', source: expect.any(String), annee: null },
      { indicateur: 'EMPLOI_ESS_PART', valeur: 16.7, texte: '16,7 %', source: 'Panorama A', annee: 2012 },
      { indicateur: 'PART_POPULATION_COUVERTE', valeur: 25, texte: '25,0 %', source: expect.any(String), annee: 2023 },
    ]);
    expect(parCode['PAYS-C']!.valeurs[2]).toMatchObject({ valeur: null, texte: 'non renseigné' });
  });

  it('compares only values of one denominator and field, and says when their years differ', async () => {
    type V = { valeur: number | null; annee: number | null; avertissement: string | null; emploi: { denominateur: string; source: { url: string | null } } | null };
    const r = await server.graphql<{ comparer: { code: string; valeurs: V[] }[] }>(
      `{ comparer(territoires: [{niveau: PAYS, code: "PAYS-A"}, {niveau: PAYS, code: "PAYS-B"}], parents: [REGION], indicateurs: [EMPLOI_ESS_PART]) {
           code valeurs { valeur annee avertissement emploi { denominateur source { url } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const parCode = Object.fromEntries(r.data!.comparer.map((c) => [c.code, c.valeurs[0]!]));
    // Pays B has only a share of private employment: not comparable with the shares of total employment of the others.
    expect(parCode['PAYS-B']).toMatchObject({ valeur: null, emploi: null });
    expect(parCode['PAYS-A']).toMatchObject({ valeur: 16.7, annee: 2012, emploi: { denominateur: 'EMPLOI_SALARIE_TOTAL' } });
    expect(parCode['99']).toMatchObject({ valeur: 14.3, annee: 2017 });
    expect(parCode['PAYS-A']!.avertissement).toMatch(/Années différentes : Pays A 2012, .*Région test 2017/);
  });

  it('refuses fewer than 2 territories', async () => {
    const r = await server.graphql('{ comparer(territoires: [{niveau: PAYS, code: "PAYS-A"}]) { code } }');
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', champ: 'territoires' });
  });
});
