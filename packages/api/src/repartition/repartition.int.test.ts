import { insertAnalysesEmploiFixture } from '../test-support/analyses.fixtures';
import { startTestEnvironment, type TestEnvironment } from '../test-support/test-environment';
import type { TestServer } from '../test-support/test-server';

interface Ligne {
  cle: string;
  libelle: string;
  total: number;
  valeurs: { serie: string; valeur: number | null }[];
}

// These tests only read: one database for them all.
describe('repartition', () => {
  let env: TestEnvironment;
  let server: TestServer;

  beforeAll(async () => {
    env = await startTestEnvironment(insertAnalysesEmploiFixture);
    server = env.server;
  });
  afterAll(() => env.close());

  it('counts poles by type per Pays, a boundary pole in both, unplaced poles as « non renseigné »', async () => {
    const r = await server.graphql<{ repartition: { lignes: Ligne[]; source: string } }>(
      '{ repartition(mesure: NOMBRE_POLES, par: PAYS) { lignes { cle libelle total valeurs { serie valeur } } source } }',
    );
    expect(r.errors).toBeUndefined();
    const lignes = Object.fromEntries(r.data!.repartition.lignes.map((l) => [l.cle, l]));
    expect(lignes['PAYS-A']!.total).toBe(2);
    expect(lignes['PAYS-B']!.total).toBe(3);
    expect(lignes['NON_RENSEIGNE']).toMatchObject({ libelle: 'non renseigné', total: 1 });
    // Pôle cinq has no position but its seat places it in Pays B: counted there, as couverture counts it.
    expect(lignes['PAYS-B']!.valeurs).toContainEqual({ serie: 'CENTRE_MULTIFONCTION', valeur: 1 });
  });

  it('counts poles by creation year, unknown years apart, by the counting rule (Pôle quatre is placed nowhere)', async () => {
    const r = await server.graphql<{ repartition: { lignes: Ligne[] } }>(
      '{ repartition(mesure: NOMBRE_POLES, par: ANNEE_CREATION) { lignes { cle libelle total } } }',
    );
    expect(r.data!.repartition.lignes).toEqual([
      { cle: '2008', libelle: '2008', total: 1 },
      { cle: '2010', libelle: '2010', total: 1 },
      { cle: 'NON_RENSEIGNE', libelle: 'non renseignée', total: 2 },
    ]);
  });

  it('sorts and limits the rows (« the Pays with the most poles »), « non renseigné » never taking a place', async () => {
    const r = await server.graphql<{ repartition: { lignes: Ligne[] } }>(
      '{ repartition(mesure: NOMBRE_POLES, par: PAYS, tri: TOTAL_DECROISSANT, limite: 1) { lignes { cle total } } }',
    );
    expect(r.data!.repartition.lignes).toEqual([{ cle: 'PAYS-B', total: 3 }]);
    const croissant = await server.graphql<{ repartition: { lignes: Ligne[] } }>(
      '{ repartition(mesure: NOMBRE_POLES, par: PAYS, tri: TOTAL_CROISSANT) { lignes { cle total } } }',
    );
    expect(croissant.data!.repartition.lignes.map((l) => l.cle)).toEqual(['PAYS-A', 'PAYS-B', 'NON_RENSEIGNE']);
    const mauvaise = await server.graphql('{ repartition(mesure: NOMBRE_POLES, par: PAYS, limite: 0) { source } }');
    expect(mauvaise.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', champ: 'limite' });
  });

  it('gives ESS employment by family in its unit, with the source', async () => {
    const r = await server.graphql<{ repartition: { series: { libelle: string }[]; lignes: Ligne[]; source: string } }>(
      '{ repartition(mesure: EMPLOI_ESS, par: FAMILLE, dans: {niveau: REGION, code: "99"}) { series { libelle } lignes { cle total } source } }',
    );
    expect(r.data!.repartition.series[0]!.libelle).toBe('part des emplois ESS (%)');
    expect(r.data!.repartition.lignes.map((l) => l.total)).toEqual([70, 18, 6, 3]);
    expect(r.data!.repartition.source).toContain('Source R 2018');
  });
});
