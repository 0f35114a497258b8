import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../config/env';
import { createTestJeton } from '../test-support/poles.fixtures';
import { insertEtudeFixture } from '../test-support/etude.fixtures';
import { startTestEnvironment, type TestEnvironment } from '../test-support/test-environment';
import type { TestServer } from '../test-support/test-server';

interface Prealables {
  code: string;
  associationActive: boolean;
  associationActiveBorneHaute: boolean;
  associations: { nom: string; statut: string; relations: string[]; compte: boolean }[];
  soutienCollectivites: string;
  evaluationSoutien: { valeur: string; source: string | null; texte: string | null; dateEvaluation: string | null; auteur: string | null; version: number } | null;
  deuxPrealables: boolean;
  source: string;
}

const CHAMPS = `code associationActive associationActiveBorneHaute associations { nom statut relations compte } soutienCollectivites
  evaluationSoutien { valeur source texte dateEvaluation auteur version } deuxPrealables source`;
const LISTE = `query($niveau: NiveauTerritorial!, $dans: TerritoireRef, $statutsPoles: [StatutPole!]) {
  prealables(niveau: $niveau, dans: $dans, statutsPoles: $statutsPoles) { ${CHAMPS} } }`;
const EVALUER = `mutation($territoire: TerritoireRef!, $valeur: SoutienCollectivites!, $source: String, $texte: String, $dateEvaluation: String, $version: Int) {
  evaluerSoutienCollectivites(territoire: $territoire, valeur: $valeur, source: $source, texte: $texte, dateEvaluation: $dateEvaluation, version: $version) { ${CHAMPS} } }`;
const BREST = { niveau: 'PAYS', code: 'PAYS-BREST' };

describe("préalables à la mise en place d'un pôle", () => {
  let env: TestEnvironment;
  let server: TestServer;
  let editeur: Record<string, string>;
  let editeurPdl: Record<string, string>;

  const fixture = async (app: TestEnvironment['app']) => {
    await insertEtudeFixture(app);
    editeur = await createTestJeton(app.db, 'editeur', '53');
    editeurPdl = await createTestJeton(app.db, 'editeur', '52');
  };
  const prealables = async (variables: Record<string, unknown>) => {
    const r = await server.graphql<{ prealables: Prealables[] }>(LISTE, variables);
    expect(r.errors).toBeUndefined();
    return new Map(r.data!.prealables.map((p) => [p.code, p]));
  };

  beforeAll(async () => {
    env = await startTestEnvironment();
  });
  beforeEach(async () => {
    await env.reset(fixture);
    server = env.server;
  });
  afterAll(() => env.close());

  it('computes the first from the poles: an ACTIF development association situated or covering, with the poles', async () => {
    const pays = await prealables({ niveau: 'PAYS' });
    expect(pays.get('PAYS-BREST')).toMatchObject({
      associationActive: true,
      associations: [{ nom: 'ADESS Pays de Brest', statut: 'ACTIF', relations: ['TERRITOIRE', 'SITUEE'], compte: true }],
      soutienCollectivites: 'INCONNU',
      evaluationSoutien: null,
      deuxPrealables: false,
    });
    expect(pays.get('PAYS-BREST')!.source).toContain('Un soutien des collectivités locales');
    // Réso Solidaire (Rennes) has no status in the study: only the upper reading counts it.
    const departements = await prealables({ niveau: 'DEPARTEMENT', dans: { niveau: 'REGION', code: '53' } });
    expect(departements.get('35')).toMatchObject({ associationActive: false, associationActiveBorneHaute: true });
    expect(departements.get('35')!.associations).toEqual([{ nom: 'Réso Solidaire', statut: 'INCONNU', relations: ['SITUEE'], compte: false }]);
    const haute = await prealables({ niveau: 'DEPARTEMENT', dans: { niveau: 'REGION', code: '53' }, statutsPoles: ['ACTIF', 'INCONNU'] });
    expect(haute.get('35')!.associationActive).toBe(true);
  });

  it('records the local authorities’ support with its source, then the Pays de Brest meets both prerequisites', async () => {
    const sansSource = await server.graphql(EVALUER, { territoire: BREST, valeur: 'OUI' }, editeur);
    expect(sansSource.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', champ: 'source' });
    const mauvaiseDate = await server.graphql(EVALUER, { territoire: BREST, valeur: 'OUI', source: 's', dateEvaluation: '2024-02-30' }, editeur);
    expect(mauvaiseDate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', champ: 'dateEvaluation' });
    const r = await server.graphql<{ evaluerSoutienCollectivites: Prealables }>(
      EVALUER, { territoire: BREST, valeur: 'OUI', source: 'Convention Pays de Brest – ADESS 2024', texte: 'Convention pluriannuelle', dateEvaluation: '2024-03-01' }, editeur,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.evaluerSoutienCollectivites).toMatchObject({
      soutienCollectivites: 'OUI', deuxPrealables: true,
      evaluationSoutien: { valeur: 'OUI', source: 'Convention Pays de Brest – ADESS 2024', dateEvaluation: '2024-03-01', auteur: 'test editeur 53', version: 1 },
    });
    expect((await prealables({ niveau: 'PAYS', dans: { niveau: 'REGION', code: '53' } })).get('PAYS-BREST')!.deuxPrealables).toBe(true);
    const t = await server.graphql<{ territoire: { prealables: Prealables } }>('{ territoire(niveau: PAYS, code: "PAYS-BREST") { prealables { deuxPrealables soutienCollectivites } } }');
    expect(t.data!.territoire.prealables).toEqual({ deuxPrealables: true, soutienCollectivites: 'OUI' });
  });

  it('refuses a second editor saving over an assessment they did not read, and other régions and readers', async () => {
    await server.graphql(EVALUER, { territoire: BREST, valeur: 'OUI', source: 'a' }, editeur);
    const conflit = await server.graphql(EVALUER, { territoire: BREST, valeur: 'NON', source: 'b', version: null }, editeur);
    expect(conflit.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', versionActuelle: 1 });
    const anonyme = await server.graphql(EVALUER, { territoire: BREST, valeur: 'NON', source: 'b', version: 1 });
    expect(anonyme.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const horsRegion = await server.graphql(EVALUER, { territoire: BREST, valeur: 'NON', source: 'b', version: 1 }, editeurPdl);
    expect(horsRegion.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const inconnu = await server.graphql(EVALUER, { territoire: { niveau: 'PAYS', code: 'PAYS-X' }, valeur: 'NON', source: 'b' }, editeur);
    expect(inconnu.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', champ: 'territoire' });
    expect((await prealables({ niveau: 'PAYS' })).get('PAYS-BREST')!.evaluationSoutien).toMatchObject({ valeur: 'OUI', source: 'a', version: 1 });
    const ok = await server.graphql<{ evaluerSoutienCollectivites: Prealables }>(EVALUER, { territoire: BREST, valeur: 'NON', source: 'b', version: 1 }, editeur);
    expect(ok.data!.evaluerSoutienCollectivites).toMatchObject({ soutienCollectivites: 'NON', deuxPrealables: false, evaluationSoutien: { version: 2 } });
  });
});

describe('the README example on the prerequisites of the Breton Pays', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await startTestEnvironment(insertEtudeFixture);
  });
  afterAll(() => env.close());

  it('answers « which Breton Pays meet neither prerequisite, and how many live there »', async () => {
    const texte = fs.readFileSync(path.join(REPO_ROOT, 'docs/requetes/09-prealables-pays-bretons.graphql'), 'utf8');
    const r = await env.server.graphql<{ prealables: { code: string; associationActive: boolean; soutienCollectivites: string }[] }>(texte);
    expect(r.errors).toBeUndefined();
    // The fixture's one Breton Pays has ADESS Pays de Brest: it meets the first.
    expect(r.data!.prealables).toEqual([expect.objectContaining({ code: 'PAYS-BREST', associationActive: true, soutienCollectivites: 'INCONNU' })]);
  });
});
