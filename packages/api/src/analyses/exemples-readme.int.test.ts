import { createTestDatabase } from '../test-support/test-database';
import { startTestServer, type TestServer } from '../test-support/test-server';
import type { Database } from '../database/open-database';
import { emploiSeedStep } from '../emploi/emploi.seed';
import { insertAnalysesFixture } from './analyses.fixture';
import {
  EXEMPLE_COMPARER_PAYS_REGION_FRANCE,
  EXEMPLE_COUVERTURE_PAYS_BRETONS,
  EXEMPLE_EMPLOI_BRETAGNE,
  EXEMPLE_POLES_PAR_ANCIENNE_REGION,
} from './exemples-readme';

describe('README example queries', () => {
  let database: Database;
  let server: TestServer;

  beforeAll(async () => {
    database = await createTestDatabase();
    await insertAnalysesFixture(database.dataSource);
    await emploiSeedStep.load(database.dataSource, () => undefined);
    await database.dataSource.query(
      `INSERT INTO territoire (niveau, code, nom, nom_recherche) VALUES ('ANCIENNE_REGION', '53', 'Bretagne', 'bretagne'), ('REGION', '53', 'Bretagne', 'bretagne')`,
    );
    await database.dataSource.query(
      `INSERT INTO territoire_lien (niveau_membre, code_membre, niveau_parent, code_parent) VALUES ('PAYS', 'PAYS-A', 'ANCIENNE_REGION', '53')`,
    );
    await database.dataSource.query(
      `INSERT INTO pole_territoire (pole_id, niveau, code, methode) SELECT id, 'ANCIENNE_REGION', '53', 'GEOMETRIE' FROM pole WHERE nom IN ('Pôle un', 'Pôle deux')`,
    );
    server = await startTestServer(database);
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  it('coverage of the Pays of a région', async () => {
    const r = await server.graphql<{ couverture: { code: string; partPopulationCouverte: number }[] }>(EXEMPLE_COUVERTURE_PAYS_BRETONS, { region: '99' });
    expect(r.errors).toBeUndefined();
    expect(r.data!.couverture.map((c) => [c.code, c.partPopulationCouverte])).toEqual([['PAYS-A', 25], ['PAYS-B', 0], ['PAYS-C', 0]]);
  });

  it('poles by type and former region', async () => {
    const r = await server.graphql<{ repartition: { lignes: { cle: string; total: number }[] } }>(EXEMPLE_POLES_PAR_ANCIENNE_REGION);
    expect(r.errors).toBeUndefined();
    expect(r.data!.repartition.lignes).toEqual([
      {
        cle: '53', libelle: 'Bretagne', total: 2,
        valeurs: [
          { serie: 'ASSOCIATION_DEVELOPPEMENT', valeur: 1 }, { serie: 'ESPACE_HEBERGEMENT', valeur: 1 }, { serie: 'CENTRE_MULTIFONCTION', valeur: 0 },
        ],
      },
      expect.objectContaining({ cle: 'NON_RENSEIGNE', libelle: 'non renseigné', total: 3 }),
    ]);
  });

  it('ESS employment of Bretagne over time, before and after 2016, with sources', async () => {
    const r = await server.graphql<{ avant2016: { emploisEss: { annee: number; source: { titre: string } }[] }; depuis2016: { emploisEss: { annee: number }[]; emploiEssFiche: { texteSource: string } } }>(EXEMPLE_EMPLOI_BRETAGNE);
    expect(r.errors).toBeUndefined();
    expect(r.data!.avant2016.emploisEss.map((e) => e.annee)).toEqual([2003, 2006, 2011]);
    expect(r.data!.avant2016.emploisEss[0]!.source.titre).toBe('Insee Bretagne, Octant n°108');
    expect(r.data!.depuis2016.emploisEss.map((e) => e.annee)).toEqual([2014, 2017, 2021]);
    expect(r.data!.depuis2016.emploiEssFiche.texteSource).toContain('GREF Bretagne');
  });

  it('a Pays compared with its région and France', async () => {
    const r = await server.graphql<{ comparer: { code: string; valeurs: { indicateur: string; valeur: number | null; source: string | null }[] }[] }>(
      EXEMPLE_COMPARER_PAYS_REGION_FRANCE, { pays: 'PAYS-A', region: '99' },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.comparer.map((c) => c.code)).toEqual(['PAYS-A', '99', 'FR']);
    const france = r.data!.comparer[2]!.valeurs.find((v) => v.indicateur === 'EMPLOI_ESS_PART')!;
    // France's latest figure on the total salaried employment: 2013, Panorama de l'ESS 2015.
    expect(france).toMatchObject({ valeur: 10.5, source: "Panorama de l'ESS 2015 (CNCRESS)" });
  });
});
