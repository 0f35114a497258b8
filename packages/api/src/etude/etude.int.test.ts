import { sql } from '../common/sql';
import { insertEtudeFixture } from '../test-support/etude.fixtures';
import { startTestEnvironment, type TestEnvironment } from '../test-support/test-environment';
import type { TestServer } from '../test-support/test-server';

const ETUDE = `{ etude { titre periode definition typologie { type physique multifonction libelle fonctions description }
  sections { cle titre lignes } } }`;
const PROJETS = `{ projetsEtude { id type statut nombre dateAnnoncee anneeAnnoncee surfaceM2 lieu niveau code precisionLieu extrait source
  methodeCorrespondance territoire { nom } polesCorrespondants { nom statut } } }`;

interface Projet {
  id: string;
  type: string;
  statut: string;
  nombre: number;
  dateAnnoncee: string | null;
  surfaceM2: number | null;
  precisionLieu: string;
  extrait: string;
  source: string;
  methodeCorrespondance: string;
  territoire: { nom: string } | null;
  polesCorrespondants: { nom: string; statut: string }[];
}

// The tests only read: one database for the file (the fixture's territories and poles).
describe("l'étude : texte de référence et projets annoncés", () => {
  let env: TestEnvironment;
  let server: TestServer;

  beforeAll(async () => {
    env = await startTestEnvironment(async (app) => {
      await insertEtudeFixture(app);
    });
    server = env.server;
  });
  afterAll(() => env.close());

  it("serves the study's typology, physical or not × one function or several, in the study's words", async () => {
    const r = await server.graphql<{ etude: { definition: string; typologie: { type: string; physique: boolean; multifonction: boolean; libelle: string; fonctions: string }[]; sections: { cle: string; lignes: string[] }[] } }>(ETUDE);
    expect(r.errors).toBeUndefined();
    const { etude } = r.data!;
    expect(etude.definition).toBe("Pôles ESS : Regroupement d'acteurs de l'ESS");
    expect(etude.typologie.map((t) => [t.type, t.physique, t.multifonction, t.libelle])).toEqual([
      ['ASSOCIATION_DEVELOPPEMENT', false, false, 'association de développement'],
      ['ESPACE_HEBERGEMENT', true, false, "espace d'hébergement"],
      ['CENTRE_MULTIFONCTION', true, true, 'centre multifonction'],
    ]);
    const section = (cle: string) => etude.sections.find((s) => s.cle === cle)!.lignes;
    expect(section('CONTEXTE_BRETAGNE')[0]).toBe('Depuis 2006, dynamique qui vise à mettre en place des pôles de développement ESS par Pays.');
    expect(section('PREALABLES')).toEqual(['Une association de développement active et reconnue.', 'Un soutien des collectivités locales.']);
    expect(section('METHODE')[0]).toMatch(/^En trois mois/);
    expect(section('PRODUCTIONS')[0]).toContain('63 pôles + 12 projets');
  });

  it('lists the announced projects as PROJET with their date, surface, place precision and the study as source', async () => {
    const r = await server.graphql<{ projetsEtude: Projet[] }>(PROJETS);
    expect(r.errors).toBeUndefined();
    const projets = new Map(r.data!.projetsEtude.map((p) => [p.id, p]));
    expect([...projets.keys()]).toEqual([
      'lille-centre-multifonction', 'nantes-centre-multifonction', 'pays-de-brest-pepiniere', 'pays-de-brest-centre-multifonction', 'bretagne-associations-en-projet',
    ]);
    expect(r.data!.projetsEtude.every((p) => p.statut === 'PROJET' && p.source.startsWith('Étude'))).toBe(true);
    expect(projets.get('lille-centre-multifonction')).toMatchObject({ dateAnnoncee: '2012', surfaceM2: 1000, precisionLieu: 'COMMUNE' });
    expect(projets.get('nantes-centre-multifonction')).toMatchObject({ dateAnnoncee: 'fin 2011', surfaceM2: 4500, precisionLieu: 'COMMUNE', territoire: { nom: 'Nantes' } });
    expect(projets.get('nantes-centre-multifonction')!.extrait).toContain("Friche industrielle sur l'île de Nantes : 4 500m²");
    expect(projets.get('pays-de-brest-pepiniere')).toMatchObject({ dateAnnoncee: '2010', precisionLieu: 'TERRITOIRE', territoire: { nom: 'Pays de Brest' } });
    expect(projets.get('bretagne-associations-en-projet')).toMatchObject({ nombre: 8, type: 'ASSOCIATION_DEVELOPPEMENT', dateAnnoncee: null });
  });

  it('links a project to the existing poles of its type in its territory, and says how', async () => {
    const r = await server.graphql<{ projetsEtude: Projet[] }>(PROJETS);
    const projets = new Map(r.data!.projetsEtude.map((p) => [p.id, p]));
    // The fixture has no pole in Lille nor a hosting space in the Pays de Brest: no match, said as an empty list.
    expect(projets.get('lille-centre-multifonction')!.polesCorrespondants).toEqual([]);
    expect(projets.get('pays-de-brest-pepiniere')!.polesCorrespondants).toEqual([]);
    // Maison de Quimper (centre multifonction, PROJET) is in Bretagne but not in the Pays de Brest; the Breton
    // associations in project match associations of status PROJET only (the fixture's are ACTIF or INCONNU).
    expect(projets.get('pays-de-brest-centre-multifonction')!.polesCorrespondants).toEqual([]);
    expect(projets.get('bretagne-associations-en-projet')!.polesCorrespondants).toEqual([]);
    expect(projets.get('bretagne-associations-en-projet')!.methodeCorrespondance).toMatch(/de statut PROJET/);
    await env.app.db.query(sql`UPDATE pole SET type = 'ASSOCIATION_DEVELOPPEMENT' WHERE nom = 'Maison de Quimper'`);
    const apres = await server.graphql<{ projetsEtude: Projet[] }>(PROJETS);
    const bretagne = apres.data!.projetsEtude.find((p) => p.id === 'bretagne-associations-en-projet')!;
    expect(bretagne.polesCorrespondants).toEqual([{ nom: 'Maison de Quimper', statut: 'PROJET' }]);
    await env.app.db.query(sql`UPDATE pole SET type = 'CENTRE_MULTIFONCTION' WHERE nom = 'Maison de Quimper'`);
  });
});
