import { insertAnalysesEmploiFixture } from '../test-support/analyses.fixtures';
import { startTestEnvironment, type TestEnvironment } from '../test-support/test-environment';
import type { TestServer } from '../test-support/test-server';

// These tests only read: one database for them all.
describe('classes', () => {
  let env: TestEnvironment;
  let server: TestServer;

  beforeAll(async () => {
    env = await startTestEnvironment(insertAnalysesEmploiFixture);
    server = env.server;
  });
  afterAll(() => env.close());

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

  it('says for how many territories an indicator has values, and that the number of poles has one for every territory', async () => {
    type C = { classes: { nombreDisponibles: number; nombreTerritoires: number; disponibilite: string | null } };
    const q = (indicateur: string) =>
      server.graphql<C>(`{ classes(indicateur: ${indicateur}, niveau: PAYS, dans: {niveau: REGION, code: "99"}, methode: EGAUX, nombre: 2) { nombreDisponibles nombreTerritoires disponibilite } }`);
    expect((await q('PART_EMPLOI_ESS')).data!.classes).toEqual({
      nombreDisponibles: 1, nombreTerritoires: 3, disponibilite: 'données disponibles pour 1 territoire sur 3',
    });
    expect((await q('NOMBRE_POLES')).data!.classes).toEqual({ nombreDisponibles: 3, nombreTerritoires: 3, disponibilite: null });
  });

  it('classes poles per 100,000 inhabitants with Jenks breaks that contain every value', async () => {
    const r = await server.graphql<{ classes: { bornes: number[]; valeurs: { code: string; valeur: number; classe: number }[] } }>(
      '{ classes(indicateur: POLES_POUR_100000_HABITANTS, niveau: PAYS, methode: JENKS, nombre: 2) { bornes valeurs { code valeur classe } } }',
    );
    const v = Object.fromEntries(r.data!.classes.valeurs.map((x) => [x.code, x]));
    expect(v['PAYS-A']!.valeur).toBeCloseTo(50);
    // Pays B: poles deux, trois and cinq (no position, placed by its seat) for 4,000 inhabitants.
    expect(v['PAYS-B']!.valeur).toBeCloseTo(75);
    expect(v['PAYS-C']).toMatchObject({ valeur: 0, classe: 0 });
    expect(v['PAYS-A']!.classe).toBe(1);
    expect(r.data!.classes.bornes).toEqual([0, 50, 75]);
  });

  it('draws equal intervals over poles per 100,000 inhabitants as numbers (PostgreSQL numeric values were strings), 0 apart from 50', async () => {
    const r = await server.graphql<{ classes: { bornes: number[]; valeurs: { code: string; classe: number }[] } }>(
      '{ classes(indicateur: POLES_POUR_100000_HABITANTS, niveau: PAYS, methode: EGAUX, nombre: 2) { bornes valeurs { code classe } } }',
    );
    expect(r.errors).toBeUndefined();
    // Values 0, 50 and 75: zero is a class of its own, and the other class starts on its smallest value (the shared
    // rule, computeBornes), not on the raw midpoint 37.5 that no territory has.
    expect(r.data!.classes.bornes).toEqual([0, 50, 75]);
    expect(r.data!.classes.valeurs).toEqual([
      { code: 'PAYS-A', classe: 1 },
      { code: 'PAYS-B', classe: 1 },
      { code: 'PAYS-C', classe: 0 },
    ]);
  });
});
