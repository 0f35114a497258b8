import { sql } from '../common/sql';
import type { AppServices } from '../context';
import { DEGRE_KM, insertAnalysesFixture, POLES } from '../test-support/analyses.fixtures';
import { createTestJeton } from '../test-support/poles.fixtures';
import { startTestEnvironment, type TestEnvironment } from '../test-support/test-environment';
import type { TestServer } from '../test-support/test-server';
import { refreshCouvertureCommunes } from './couverture-communes.refresh';
import { isCouvertureCommunesFresh } from './couverture-signature.sql';

interface Couverture {
  code: string;
  statutsPoles: string[];
  nombrePoles: number;
  polesSansPosition: number;
  polesParTypeStatut: { type: string; statut: string; nombre: number }[];
  associationDeveloppementActive: boolean;
  polesCouvrants: { id: string; relation: string }[];
  distancesPoleActif: { type: string; distanceKm: number | null }[];
  distanceMoyennePonderee: number | null;
  partPopulationCouverte: number | null;
  emploiEss: { effectifSalarie: number; source: { titre: string } } | null;
}

const QUERY = `query ($niveau: NiveauTerritorial!, $dans: TerritoireRef, $rayonKm: Float, $statutsPoles: [StatutPole!]) {
  couverture(niveau: $niveau, dans: $dans, rayonKm: $rayonKm, statutsPoles: $statutsPoles) {
    code statutsPoles nombrePoles polesSansPosition polesParTypeStatut { type statut nombre } associationDeveloppementActive
    polesCouvrants { id relation } distancesPoleActif { type distanceKm } distanceMoyennePonderee partPopulationCouverte
    emploiEss { effectifSalarie source { titre } }
  }
}`;

const distance = (c: Couverture, type: string) => c.distancesPoleActif.find((d) => d.type === type)!.distanceKm;

// The analyses fixture and two ESS employment figures of Pays B.
async function couvertureFixture(app: AppServices): Promise<void> {
  await insertAnalysesFixture(app);
  await app.db.query(
    sql`INSERT INTO emploi_ess (niveau, code, nom, annee, effectif_salarie, champ, source) VALUES
        ('PAYS', 'PAYS-B', 'Pays B', 2011, 900, 'QUATRE_FAMILLES', 'Panorama B 2012'),
        ('PAYS', 'PAYS-B', 'Pays B', 2013, 1000, 'QUATRE_FAMILLES', 'Panorama B 2014')`,
  );
}

// These tests only read: one database for them all.
describe('couverture', () => {
  let env: TestEnvironment;
  let server: TestServer;
  let pays: Record<string, Couverture>;

  beforeAll(async () => {
    env = await startTestEnvironment(couvertureFixture);
    server = env.server;
    const response = await server.graphql<{ couverture: Couverture[] }>(QUERY, { niveau: 'PAYS', dans: { niveau: 'REGION', code: '99' } });
    expect(response.errors).toBeUndefined();
    pays = Object.fromEntries(response.data!.couverture.map((c) => [c.code, c]));
  });
  afterAll(() => env.close());

  it('lists the Pays of the région, with the poles located in each (a boundary pole counts in both)', () => {
    expect(Object.keys(pays).sort()).toEqual(['PAYS-A', 'PAYS-B', 'PAYS-C']);
    expect(pays['PAYS-A']!.polesParTypeStatut).toEqual([
      { type: 'ASSOCIATION_DEVELOPPEMENT', statut: 'ACTIF', nombre: 1 },
      { type: 'ESPACE_HEBERGEMENT', statut: 'ACTIF', nombre: 1 },
    ]);
    // Pôle cinq, placed in Pays B by its seat but without a position, is counted there (rule SITUE_OU_RATTACHE).
    expect(pays['PAYS-B']!.nombrePoles).toBe(3);
    expect(pays['PAYS-B']!.polesSansPosition).toBe(1);
    expect(pays['PAYS-A']!.associationDeveloppementActive).toBe(true);
  });

  it('shows a territory with no pole as a gap', () => {
    const c = pays['PAYS-C']!;
    expect(c).toMatchObject({ nombrePoles: 0, polesSansPosition: 0, associationDeveloppementActive: false, polesCouvrants: [], partPopulationCouverte: 0 });
    expect(distance(c, 'ASSOCIATION_DEVELOPPEMENT')).toBeCloseTo(1.5 * DEGRE_KM, 0);
    expect(distance(c, 'CENTRE_MULTIFONCTION')).toBeNull();
  });

  it('counts the poles whose official territory of action covers it; free text covers nothing', () => {
    expect(pays['PAYS-B']!.polesCouvrants).toEqual([{ id: POLES.P2, relation: 'TERRITOIRE' }]);
    expect(pays['PAYS-A']!.polesCouvrants).toEqual([]);
    const ids = Object.values(pays).flatMap((c) => c.polesCouvrants.map((p) => p.id));
    expect(ids).not.toContain(POLES.P4);
  });

  it('measures distances to the nearest active pole of each type, ignoring projects', () => {
    const a = pays['PAYS-A']!;
    expect(distance(a, 'ESPACE_HEBERGEMENT')).toBeCloseTo(0.25 * DEGRE_KM, 0);
    expect(distance(a, 'ASSOCIATION_DEVELOPPEMENT')).toBeCloseTo(0.5 * DEGRE_KM, 0);
    expect(distance(a, 'CENTRE_MULTIFONCTION')).toBeNull();
  });

  it('weights commune distances by population and measures the population within R km', async () => {
    // A1 (1 000 inhabitants) holds P1: 0 km; A2 (3 000) is 0.25° from P2.
    expect(pays['PAYS-A']!.distanceMoyennePonderee).toBeCloseTo((3000 * 0.25 * DEGRE_KM) / 4000, 0);
    expect(pays['PAYS-A']!.partPopulationCouverte).toBeCloseTo(25, 5);
    expect(pays['PAYS-B']!.distanceMoyennePonderee).toBeCloseTo(0.5 * DEGRE_KM, 0);
    expect(pays['PAYS-B']!.partPopulationCouverte).toBe(0);
    const r30 = await server.graphql<{ couverture: Couverture[] }>(QUERY, { niveau: 'PAYS', dans: { niveau: 'PAYS', code: 'PAYS-B' }, rayonKm: 30 });
    expect(r30.data!.couverture[0]!.partPopulationCouverte).toBeCloseTo(50, 5);
  });

  it('gives the latest ESS employment figure with its source', () => {
    expect(pays['PAYS-B']!.emploiEss).toEqual({ effectifSalarie: 1000, source: { titre: 'Panorama B 2014' } });
    expect(pays['PAYS-A']!.emploiEss).toBeNull();
  });

  it('sees a pole acting on a member as covering the région', async () => {
    const r = await server.graphql<{ couverture: Couverture[] }>(QUERY, { niveau: 'REGION' });
    expect(r.data!.couverture[0]!.polesCouvrants).toEqual([{ id: POLES.P2, relation: 'MEMBRE' }]);
  });

  it('runs the same number of SQL statements for one Pays as for all Pays of the région', async () => {
    const one = await server.graphql(QUERY, { niveau: 'PAYS', dans: { niveau: 'PAYS', code: 'PAYS-A' } });
    const all = await server.graphql(QUERY, { niveau: 'PAYS', dans: { niveau: 'REGION', code: '99' } });
    expect(one.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(one.extensions?.sqlStatements).toBe(all.extensions?.sqlStatements);
  });

  it('counts the statuses asked for (statutsPoles) and says which', async () => {
    expect(pays['PAYS-B']!.statutsPoles).toEqual(['ACTIF']);
    const regionB = { niveau: 'PAYS', dans: { niveau: 'REGION', code: '99' } };
    const r = await server.graphql<{ couverture: Couverture[] }>(QUERY, { ...regionB, statutsPoles: ['PROJET', 'ACTIF'] });
    expect(r.errors).toBeUndefined();
    const avecProjets = Object.fromEntries(r.data!.couverture.map((c) => [c.code, c]));
    const b = avecProjets['PAYS-B']!;
    expect(b.statutsPoles).toEqual(['ACTIF', 'PROJET']);
    // B2 (2 000) holds the project P3: 0 km; B1 (2 000) stays 0.25° from P2.
    expect(b.partPopulationCouverte).toBeCloseTo(50, 5);
    expect(b.distanceMoyennePonderee).toBeCloseTo((2000 * 0.25 * DEGRE_KM) / 4000, 0);
    expect(distance(b, 'CENTRE_MULTIFONCTION')).toBeCloseTo(0.25 * DEGRE_KM, 0);
    expect(distance(avecProjets['PAYS-C']!, 'CENTRE_MULTIFONCTION')).toBeCloseTo(0.75 * DEGRE_KM, 0);
    const classes = await server.graphql<{ classes: { valeurs: { code: string; valeur: number }[]; methode: string } }>(
      `query { classes(indicateur: PART_POPULATION_COUVERTE, niveau: PAYS, dans: { niveau: REGION, code: "99" }, statutsPoles: [ACTIF, PROJET]) {
        valeurs { code valeur } methode } }`,
    );
    expect(classes.data!.classes.valeurs.find((v) => v.code === 'PAYS-B')!.valeur).toBeCloseTo(50, 5);
    expect(classes.data!.classes.methode).toContain('ACTIF, PROJET');
  });

  it('gives the same population figures for one status (sorted distances) as for a list adding a status no pole has', async () => {
    const chiffres = async (statutsPoles: string[], rayonKm: number) => {
      const r = await server.graphql<{ couverture: (Couverture & { communesMesurees: number })[] }>(
        QUERY.replace('partPopulationCouverte', 'partPopulationCouverte communesMesurees'),
        { niveau: 'PAYS', dans: { niveau: 'REGION', code: '99' }, statutsPoles, rayonKm },
      );
      return r.data!.couverture.map(({ code, distanceMoyennePonderee, partPopulationCouverte, communesMesurees }) =>
        ({ code, distanceMoyennePonderee, partPopulationCouverte, communesMesurees }));
    };
    // Around 27.8 km (0.25° on the sphere: A2 and B1 from P2) and 83.4 km (B2 from P2), below and above.
    for (const rayonKm of [1, 27.7, 27.9, 83.3, 83.5, 500]) {
      const seul = await chiffres(['ACTIF'], rayonKm);
      const liste = await chiffres(['ACTIF', 'FERME'], rayonKm);
      expect(seul.map((c) => c.code)).toEqual(liste.map((c) => c.code));
      seul.forEach((c, i) => {
        expect(c.communesMesurees).toBe(liste[i]!.communesMesurees);
        expect(c.partPopulationCouverte).toBeCloseTo(liste[i]!.partPopulationCouverte!, 9);
        expect(c.distanceMoyennePonderee).toBeCloseTo(liste[i]!.distanceMoyennePonderee!, 9);
      });
    }
    expect((await chiffres(['ACTIF'], 100)).map((c) => c.partPopulationCouverte)).toEqual([100, 100, 0]);
  });

  it('refuses an empty list of statuses', async () => {
    const r = await server.graphql(QUERY, { niveau: 'PAYS', statutsPoles: [] });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', champ: 'statutsPoles' });
  });

  it('refuses a radius out of bounds', async () => {
    const r = await server.graphql(QUERY, { niveau: 'PAYS', rayonKm: -1 });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', champ: 'rayonKm' });
  });
});

// These tests write (a pole, a composition, a territory of action): the fixture is loaded again before each.
describe('couverture after a write', () => {
  let env: TestEnvironment;
  let server: TestServer;

  beforeAll(async () => {
    env = await startTestEnvironment();
  });
  beforeEach(async () => {
    await env.reset(couvertureFixture);
    server = env.server;
  });
  afterAll(() => env.close());

  it('follows a pole write once its refresh after the commit has run: once P3 is of unknown status, [ACTIF, INCONNU] counts it and [ACTIF, PROJET] no longer does', async () => {
    const modifie = await server.graphql(
      'mutation ($id: ID!, $version: Int!) { modifierPole(id: $id, version: $version, donnees: { statut: INCONNU }) { id } }',
      { id: POLES.P3, version: 1 },
      await createTestJeton(env.app.db, 'editeur'),
    );
    expect(modifie.errors).toBeUndefined();
    // The save answers once committed; the coverage follows when its refresh, started after the commit, has run.
    await env.app.derivees.enCours(env.app.db);
    const lire = async (statutsPoles: string[]) => {
      const r = await server.graphql<{ couverture: Couverture[] }>(QUERY, { niveau: 'PAYS', dans: { niveau: 'PAYS', code: 'PAYS-B' }, statutsPoles });
      return r.data!.couverture[0]!;
    };
    expect((await lire(['ACTIF', 'INCONNU'])).partPopulationCouverte).toBeCloseTo(50, 5);
    expect((await lire(['ACTIF', 'PROJET'])).partPopulationCouverte).toBe(0);
    // The Pays's own distances (measured at write time) follow too: P3 is the only multifunction centre near B.
    expect(distance(await lire(['ACTIF', 'INCONNU']), 'CENTRE_MULTIFONCTION')).toBeCloseTo(0.25 * DEGRE_KM, 0);
    expect(distance(await lire(['ACTIF', 'PROJET']), 'CENTRE_MULTIFONCTION')).toBeNull();
  });

  it('follows a change of composition once distances are refreshed, and knows they are stale until then', async () => {
    const { db } = env.app;
    const lire = async () => {
      const r = await server.graphql<{ couverture: (Couverture & { communesMesurees: number })[] }>(
        QUERY.replace('partPopulationCouverte', 'partPopulationCouverte communesMesurees'),
        { niveau: 'PAYS', dans: { niveau: 'REGION', code: '99' } },
      );
      return Object.fromEntries(r.data!.couverture.map((c) => [c.code, c]));
    };
    expect((await lire())['PAYS-A']!.partPopulationCouverte).toBeCloseTo(25, 5);
    // A2 (3,000 inhabitants, 0.25° from P2) moves from Pays A to Pays C.
    await db.query(sql`UPDATE territoire_lien SET code_parent = 'PAYS-C' WHERE niveau_membre = 'COMMUNE' AND code_membre = '99002' AND niveau_parent = 'PAYS'`);
    expect(await isCouvertureCommunesFresh(db)).toBe(false);
    await db.transaction((tx) => refreshCouvertureCommunes(tx));
    expect(await isCouvertureCommunesFresh(db)).toBe(true);
    const apres = await lire();
    expect(apres['PAYS-A']).toMatchObject({ communesMesurees: 1, distanceMoyennePonderee: 0, partPopulationCouverte: 100 });
    expect(apres['PAYS-C']!.communesMesurees).toBe(2);
    expect(apres['PAYS-C']!.distanceMoyennePonderee).toBeCloseTo((3000 * 0.25 * DEGRE_KM + 5000 * 1.5 * DEGRE_KM) / 8000, 0);
  });

  it('sees a pole acting on a Pays as covering its communes, and follows a new territory of action once refreshed', async () => {
    const { db } = env.app;
    const couvrants = async (niveau: string, dans: { niveau: string; code: string }) => {
      const r = await server.graphql<{ couverture: Couverture[] }>(QUERY, { niveau, dans });
      return Object.fromEntries(r.data!.couverture.map((c) => [c.code, c.polesCouvrants]));
    };
    expect(await couvrants('COMMUNE', { niveau: 'PAYS', code: 'PAYS-B' })).toEqual({
      '99003': [{ id: POLES.P2, relation: 'ENGLOBANT' }],
      '99004': [{ id: POLES.P2, relation: 'ENGLOBANT' }],
    });
    expect((await couvrants('PAYS', { niveau: 'REGION', code: '99' }))['PAYS-A']).toEqual([]);
    await db.query(sql`UPDATE pole_territoire_action SET niveau = 'REGION', code = '99' WHERE pole_id = ${POLES.P2}`);
    expect(await isCouvertureCommunesFresh(db)).toBe(false);
    await db.transaction((tx) => refreshCouvertureCommunes(tx));
    const pays = await couvrants('PAYS', { niveau: 'REGION', code: '99' });
    expect(pays).toEqual({
      'PAYS-A': [{ id: POLES.P2, relation: 'ENGLOBANT' }],
      'PAYS-B': [{ id: POLES.P2, relation: 'ENGLOBANT' }],
      'PAYS-C': [{ id: POLES.P2, relation: 'ENGLOBANT' }],
    });
    expect((await couvrants('COMMUNE', { niveau: 'PAYS', code: 'PAYS-A' }))['99001']).toEqual([{ id: POLES.P2, relation: 'ENGLOBANT' }]);
  });
});
