import { createTestDatabase } from '../test-support/test-database';
import { startTestServer, type TestServer } from '../test-support/test-server';
import type { Database } from '../database/open-database';
import { insertAnalysesFixture } from './analyses.fixture';

interface Ligne {
  cle: string;
  libelle: string;
  total: number;
  valeurs: { serie: string; valeur: number | null }[];
}

describe('repartition, comparer, classes', () => {
  let database: Database;
  let server: TestServer;

  beforeAll(async () => {
    database = await createTestDatabase();
    await insertAnalysesFixture(database.dataSource);
    await database.dataSource.query(
      `INSERT INTO emploi_ess (niveau, code, nom, annee, effectif_salarie, part_emploi, denominateur, denominateur_libelle, champ,
         associations, cooperatives, mutuelles, fondations, unite_familles, source) VALUES
       ('REGION', '99', 'Région test', 2017, 5000, 14.3, 'EMPLOI_SALARIE_TOTAL', 'emploi salarié total', 'QUATRE_FAMILLES', 70, 18, 6, 3, 'PART_EFFECTIF', 'Source R 2018'),
       ('PAYS', 'PAYS-A', 'Pays A', 2012, 300, 16.7, 'EMPLOI_SALARIE_TOTAL', 'emploi salarié total', 'QUATRE_FAMILLES', NULL, NULL, NULL, NULL, NULL, 'Panorama A'),
       ('PAYS', 'PAYS-B', 'Pays B', 2013, 200, 12.6, 'EMPLOI_PRIVE', 'emploi privé', 'QUATRE_FAMILLES', NULL, NULL, NULL, NULL, NULL, 'Panorama B')`,
    );
    server = await startTestServer(database);
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  it('counts poles by type per Pays, a boundary pole in both, unplaced poles as « non renseigné »', async () => {
    const r = await server.graphql<{ repartition: { lignes: Ligne[]; source: string } }>(
      '{ repartition(mesure: NOMBRE_POLES, par: PAYS) { lignes { cle libelle total valeurs { serie valeur } } source } }',
    );
    expect(r.errors).toBeUndefined();
    const lignes = Object.fromEntries(r.data!.repartition.lignes.map((l) => [l.cle, l]));
    expect(lignes['PAYS-A']!.total).toBe(2);
    expect(lignes['PAYS-B']!.total).toBe(3);
    expect(lignes['NON_RENSEIGNE']).toMatchObject({ libelle: 'non renseigné', total: 1 });
    expect(lignes['PAYS-B']!.valeurs).toContainEqual({ serie: 'CENTRE_MULTIFONCTION', valeur: 1 });
  });

  it('counts poles by creation year, unknown years apart', async () => {
    const r = await server.graphql<{ repartition: { lignes: Ligne[] } }>(
      '{ repartition(mesure: NOMBRE_POLES, par: ANNEE_CREATION) { lignes { cle libelle total } } }',
    );
    expect(r.data!.repartition.lignes).toEqual([
      { cle: '2008', libelle: '2008', total: 1 },
      { cle: '2010', libelle: '2010', total: 2 },
      { cle: 'NON_RENSEIGNE', libelle: 'non renseignée', total: 2 },
    ]);
  });

  it('gives ESS employment by family in its unit, with the source', async () => {
    const r = await server.graphql<{ repartition: { series: { libelle: string }[]; lignes: Ligne[]; source: string } }>(
      '{ repartition(mesure: EMPLOI_ESS, par: FAMILLE, dans: {niveau: REGION, code: "99"}) { series { libelle } lignes { cle total } source } }',
    );
    expect(r.data!.repartition.series[0]!.libelle).toBe('part des emplois ESS (%)');
    expect(r.data!.repartition.lignes.map((l) => l.total)).toEqual([70, 18, 6, 3]);
    expect(r.data!.repartition.source).toContain('Source R 2018');
  });

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

  it('refuses fewer than 2 territories', async () => {
    const r = await server.graphql('{ comparer(territoires: [{niveau: PAYS, code: "PAYS-A"}]) { code } }');
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', champ: 'territoires' });
  });

  it('classes the share of ESS employment on the same denominator only', async () => {
    const r = await server.graphql<{ classes: { bornes: number[]; valeurs: { code: string; valeur: number | null; classe: number | null }[]; methode: string } }>(
      '{ classes(indicateur: PART_EMPLOI_ESS, niveau: PAYS, dans: {niveau: REGION, code: "99"}, methode: EGAUX, nombre: 2) { bornes valeurs { code valeur classe } methode } }',
    );
    expect(r.errors).toBeUndefined();
    // Pays B's share is of private employment: left out, not mixed.
    expect(r.data!.classes.valeurs).toEqual([
      { code: 'PAYS-A', valeur: 16.7, classe: 0 },
      { code: 'PAYS-B', valeur: null, classe: null },
      { code: 'PAYS-C', valeur: null, classe: null },
    ]);
    expect(r.data!.classes.methode).toContain('emploi salarié total');
  });

  it('classes poles per 100,000 inhabitants with Jenks breaks that contain every value', async () => {
    const r = await server.graphql<{ classes: { bornes: number[]; valeurs: { code: string; valeur: number; classe: number }[] } }>(
      '{ classes(indicateur: POLES_POUR_100000_HABITANTS, niveau: PAYS, methode: JENKS, nombre: 2) { bornes valeurs { code valeur classe } } }',
    );
    const v = Object.fromEntries(r.data!.classes.valeurs.map((x) => [x.code, x]));
    expect(v['PAYS-A']!.valeur).toBeCloseTo(50);
    expect(v['PAYS-B']!.valeur).toBeCloseTo(50);
    expect(v['PAYS-C']).toMatchObject({ valeur: 0, classe: 0 });
    expect(v['PAYS-A']!.classe).toBe(1);
    expect(r.data!.classes.bornes).toEqual([0, 50, 50]);
  });
});
