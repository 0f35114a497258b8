import { sql } from '../common/sql';
import { insertEtudeFixture } from '../test-support/etude.fixtures';
import { createTestJeton } from '../test-support/poles.fixtures';
import { startTestEnvironment, type TestEnvironment } from '../test-support/test-environment';
import type { TestServer } from '../test-support/test-server';
import { insertAnalysesEtude } from './analyses.seed';

interface Analyse {
  id: string;
  titre: string;
  niveau: string;
  code: string;
  version: number;
  dynamiquesActeurs: string | null;
  politiquesCollectivites: string | null;
  axesDeveloppement: string | null;
  source: string | null;
  auteur: string | null;
  focus: { code: string; cite: string | null; territoire: { nom: string } | null }[];
}

const CHAMPS = 'id titre niveau code version dynamiquesActeurs politiquesCollectivites axesDeveloppement source auteur focus { code cite territoire { nom } }';
const LISTE = `query($dans: TerritoireRef) { analysesTerritoriales(dans: $dans) { ${CHAMPS} } }`;
const CREER = `mutation($donnees: DonneesAnalyseInput!) { creerAnalyseTerritoriale(donnees: $donnees) { ${CHAMPS} } }`;
const MODIFIER = `mutation($id: ID!, $version: Int!, $donnees: DonneesAnalyseInput!) {
  modifierAnalyseTerritoriale(id: $id, version: $version, donnees: $donnees) { ${CHAMPS} } }`;
const SUPPRIMER = 'mutation($id: ID!, $version: Int!) { supprimerAnalyseTerritoriale(id: $id, version: $version) }';
const HISTORIQUE = 'query($id: ID!) { analyseTerritoriale(id: $id) { historique { action auteur changements } } }';

describe("analyses territoriales : les notes de l'étude, leur lecture et leur écriture", () => {
  let env: TestEnvironment;
  let server: TestServer;
  let editeur: Record<string, string>;
  let editeurBretagne: Record<string, string>;
  let editeurPdl: Record<string, string>;

  const fixture = async (app: TestEnvironment['app']) => {
    await insertEtudeFixture(app);
    await app.db.transaction((tx) => insertAnalysesEtude(tx));
    editeur = await createTestJeton(app.db, 'editeur');
    editeurBretagne = await createTestJeton(app.db, 'editeur', '53');
    editeurPdl = await createTestJeton(app.db, 'editeur', '52');
  };
  const liste = async (dans?: object) => {
    const r = await server.graphql<{ analysesTerritoriales: Analyse[] }>(LISTE, { dans });
    expect(r.errors).toBeUndefined();
    return r.data!.analysesTerritoriales;
  };
  const bretagne = async () => (await liste()).find((a) => a.titre.includes('Bretagne'))!;

  beforeAll(async () => {
    env = await startTestEnvironment();
  });
  beforeEach(async () => {
    await env.reset(fixture);
    server = env.server;
  });
  afterAll(() => env.close());

  it("holds the study's six notes, with only what its text says and the rest null", async () => {
    const notes = await liste();
    expect(notes.map((n) => `${n.niveau} ${n.code}`).sort()).toEqual(
      ['ANCIENNE_REGION 31', 'ANCIENNE_REGION 52', 'ANCIENNE_REGION 53', 'ANCIENNE_REGION 73', 'ANCIENNE_REGION 82', 'ANCIENNE_REGION 93'],
    );
    const b = notes.find((n) => n.code === '53' && n.niveau === 'ANCIENNE_REGION')!;
    expect(b.focus.map((f) => f.cite)).toEqual(['Brest', 'Lorient', 'Rennes', 'St Brieuc']);
    expect(b.focus[0]!.territoire).toEqual({ nom: 'Brest' });
    expect(b.dynamiquesActeurs).toContain("6 association d'acteurs et 1 pépinière ESS");
    expect(b.axesDeveloppement).toContain('ADESS Pays de Brest');
    expect(b.politiquesCollectivites).toBeNull();
    const toulouse = notes.find((n) => n.code === '73')!;
    expect([toulouse.dynamiquesActeurs, toulouse.politiquesCollectivites, toulouse.axesDeveloppement]).toEqual([null, null, null]);
    expect(notes.find((n) => n.code === '31')!.axesDeveloppement).toContain('1 000 m²');
    expect(notes.every((n) => n.source!.startsWith('Étude « Les pôles de développement') && n.auteur === null && n.version === 1)).toBe(true);
  });

  it('finds the notes concerning a territory: its own, one holding it, one of its focus', async () => {
    expect((await liste({ niveau: 'PAYS', code: 'PAYS-BREST' })).map((n) => n.code)).toEqual(['53']);
    expect((await liste({ niveau: 'REGION', code: '52' })).map((n) => n.code)).toEqual(['52']);
    expect((await liste({ niveau: 'EPCI', code: '244400404' })).map((n) => n.code)).toEqual(['52']);
    const r = await server.graphql<{ territoire: { analyses: { code: string }[] } }>(
      '{ territoire(niveau: COMMUNE, code: "29019") { analyses { code } } }',
    );
    expect(r.data!.territoire.analyses).toEqual([{ code: '53' }]);
  });

  it('lets an editor write a section, keeps the history, and refuses an older version with CONFLICT', async () => {
    const b = await bretagne();
    const r = await server.graphql<{ modifierAnalyseTerritoriale: Analyse }>(
      MODIFIER, { id: b.id, version: 1, donnees: { politiquesCollectivites: 'Le conseil régional soutient les pôles par Pays.', source: 'délibération 2024' } }, editeurBretagne,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.modifierAnalyseTerritoriale).toMatchObject({ version: 2, auteur: 'test editeur 53', source: 'délibération 2024', dynamiquesActeurs: b.dynamiquesActeurs });
    const conflit = await server.graphql(MODIFIER, { id: b.id, version: 1, donnees: { axesDeveloppement: 'autre' } }, editeur);
    expect(conflit.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', versionActuelle: 2 });
    expect((await bretagne()).axesDeveloppement).toBe(b.axesDeveloppement);
    const h = await server.graphql<{ analyseTerritoriale: { historique: { action: string; auteur: string | null; changements: Record<string, unknown> }[] } }>(
      HISTORIQUE, { id: b.id }, editeur,
    );
    expect(h.data!.analyseTerritoriale.historique.map((e) => e.action)).toEqual(['IMPORT', 'MODIFICATION']);
    expect(h.data!.analyseTerritoriale.historique[1]!.changements).toEqual({
      politiquesCollectivites: { avant: null, apres: 'Le conseil régional soutient les pôles par Pays.' },
      source: { avant: b.source, apres: 'délibération 2024' },
    });
    const anonyme = await server.graphql(HISTORIQUE, { id: b.id });
    expect(anonyme.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('enforces the role matrix: anonymous readers and editors of another région write nothing', async () => {
    const b = await bretagne();
    const donnees = { axesDeveloppement: 'x' };
    expect((await server.graphql(MODIFIER, { id: b.id, version: 1, donnees })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await server.graphql(MODIFIER, { id: b.id, version: 1, donnees }, { authorization: 'Bearer pess_faux' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await server.graphql(MODIFIER, { id: b.id, version: 1, donnees }, editeurPdl)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await server.graphql(SUPPRIMER, { id: b.id, version: 1 }, editeurPdl)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const creation = await server.graphql(CREER, { donnees: { territoire: { niveau: 'PAYS', code: 'PAYS-BREST' }, titre: 'Pays de Brest' } }, editeurPdl);
    expect(creation.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await bretagne()).toEqual(b);
    expect(await liste()).toHaveLength(6);
    // What the dashboard checks before offering edit controls.
    const moi = (headers?: Record<string, string>) => server.graphql<{ moi: { role: string; nom: string | null; codeRegion: string | null } }>('{ moi { role nom codeRegion } }', {}, headers);
    expect((await moi()).data!.moi).toEqual({ role: 'lecteur', nom: null, codeRegion: null });
    expect((await moi(editeurPdl)).data!.moi).toEqual({ role: 'editeur', nom: 'test editeur 52', codeRegion: '52' });
    expect((await moi({ authorization: 'Bearer pess_faux' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('creates and deletes a note, naming the field of a bad input', async () => {
    const vide = await server.graphql(CREER, { donnees: { territoire: { niveau: 'PAYS', code: 'PAYS-BREST' }, titre: '  ' } }, editeur);
    expect(vide.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', champ: 'titre' });
    const inconnu = await server.graphql(CREER, { donnees: { territoire: { niveau: 'PAYS', code: 'PAYS-X' }, titre: 'X' } }, editeur);
    expect(inconnu.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', champ: 'territoire' });
    const focus = await server.graphql(CREER, { donnees: { territoire: { niveau: 'PAYS', code: 'PAYS-BREST' }, titre: 'X', focus: [{ niveau: 'COMMUNE', code: '00000' }] } }, editeur);
    expect(focus.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', champ: 'focus.0' });
    expect(await liste()).toHaveLength(6);
    const r = await server.graphql<{ creerAnalyseTerritoriale: Analyse }>(
      CREER, { donnees: { territoire: { niveau: 'PAYS', code: 'PAYS-BREST' }, titre: 'Pays de Brest en 2026', focus: [{ niveau: 'COMMUNE', code: '29019' }], dynamiquesActeurs: ' ' } }, editeurBretagne,
    );
    expect(r.errors).toBeUndefined();
    const note = r.data!.creerAnalyseTerritoriale;
    expect(note).toMatchObject({ version: 1, dynamiquesActeurs: null, auteur: 'test editeur 53', source: null, focus: [{ code: '29019', cite: 'Brest' }] });
    expect((await liste({ niveau: 'PAYS', code: 'PAYS-BREST' })).map((n) => n.titre)).toContain('Pays de Brest en 2026');
    const perime = await server.graphql(SUPPRIMER, { id: note.id, version: 0 }, editeurBretagne);
    expect(perime.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const supprime = await server.graphql(SUPPRIMER, { id: note.id, version: 1 }, editeurBretagne);
    expect(supprime.errors).toBeUndefined();
    expect((await server.graphql<{ analyseTerritoriale: null }>('query($id: ID!) { analyseTerritoriale(id: $id) { id } }', { id: note.id })).data!.analyseTerritoriale).toBeNull();
    const encore = await server.graphql(SUPPRIMER, { id: note.id, version: 2 }, editeur);
    expect(encore.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const [audit] = await env.app.db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM analyse_territoriale_audit WHERE analyse_id = ${note.id}`);
    expect(audit!.n).toBe(2);
  });
});
