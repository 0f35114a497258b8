import fs from 'node:fs';
import path from 'node:path';
import { sql } from '../common/sql';
import { REPO_ROOT } from '../config/env';
import { emploiSeedStep } from '../emploi/emploi.seed';
import { insertAnalysesFixture } from '../test-support/analyses.fixtures';
import { startTestEnvironment, type TestEnvironment } from '../test-support/test-environment';

// The README's example queries are the files of docs/requetes (one source: the README lists them, the IDE opens
// them as tabs). Run here on a hand-made fixture, whose codes go in as variables; the e2e tests run them on the
// real reference data with their defaults.
const exemple = (fichier: string) => fs.readFileSync(path.join(REPO_ROOT, 'docs/requetes', fichier), 'utf8');

describe('README example queries', () => {
  let env: TestEnvironment;

  beforeAll(async () => {
    env = await startTestEnvironment(async (app) => {
      // The figures first: once territories exist, an import accepts only those it names.
      await emploiSeedStep.load(app, () => undefined);
      await insertAnalysesFixture(app);
      await app.db.query(
        sql`INSERT INTO territoire (niveau, code, nom, nom_recherche) VALUES ('ANCIENNE_REGION', '53', 'Bretagne', 'bretagne'), ('REGION', '53', 'Bretagne', 'bretagne')`,
      );
      await app.db.query(sql`INSERT INTO territoire_lien (niveau_membre, code_membre, niveau_parent, code_parent) VALUES ('PAYS', 'PAYS-A', 'ANCIENNE_REGION', '53')`);
      await app.db.query(
        sql`INSERT INTO pole_territoire (pole_id, niveau, code, methode) SELECT id, 'ANCIENNE_REGION', '53', 'GEOMETRIE' FROM pole WHERE nom IN ('Pôle un', 'Pôle deux')`,
      );
    });
  });
  afterAll(() => env.close());

  it('coverage of the Pays of a région', async () => {
    const r = await env.server.graphql<{ couverture: { code: string; partPopulationCouverte: number }[] }>(exemple('05-couverture-pays-bretons.graphql'), {
      region: '99',
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.couverture.map((c) => [c.code, c.partPopulationCouverte])).toEqual([['PAYS-A', 25], ['PAYS-B', 0], ['PAYS-C', 0]]);
  });

  it('poles by type and former region, beside the study counts', async () => {
    const r = await env.server.graphql<{ repartition: { lignes: { cle: string; total: number }[] }; chiffresEtude: unknown[] }>(
      exemple('06-poles-par-type-et-ancienne-region.graphql'),
    );
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
    expect(r.data!.chiffresEtude.length).toBeGreaterThan(0);
  });

  it('ESS employment of Bretagne over time, before and after 2016, with sources', async () => {
    const r = await env.server.graphql<{
      ancienneRegion: { emploisEss: { annee: number; source: { titre: string } }[] };
      region: { emploisEss: { annee: number }[]; emploiEssFiche: { texteSource: string } };
    }>(exemple('07-emploi-ess-bretagne.graphql'));
    expect(r.errors).toBeUndefined();
    expect(r.data!.ancienneRegion.emploisEss.map((e) => e.annee)).toEqual([2003, 2006, 2011]);
    expect(r.data!.ancienneRegion.emploisEss[0]!.source.titre).toBe('Insee Bretagne, Octant n°108');
    expect(r.data!.region.emploisEss.map((e) => e.annee)).toEqual(expect.arrayContaining([2014, 2017, 2021, 2022]));
    expect(r.data!.region.emploiEssFiche.texteSource).toContain('GREF Bretagne');
  });

  it('a Pays compared with its région and France', async () => {
    const r = await env.server.graphql<{ comparer: { code: string; valeurs: { indicateur: string; valeur: number | null; annee: number | null; source: string | null }[] }[] }>(
      exemple('08-comparer-pays-region-france.graphql'),
      { pays: 'PAYS-A' },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.comparer.map((c) => c.code)).toEqual(['PAYS-A', '99', 'FR']);
    const france = r.data!.comparer[2]!.valeurs.find((v) => v.indicateur === 'EMPLOI_ESS_PART')!;
    // France's latest comparable figure (total salaried employment, four families): 2019, the Atlas read at Carenews.
    expect(france).toMatchObject({ valeur: 10.2, annee: 2019, source: expect.stringMatching(/^Atlas commenté de l'ESS, 6e édition/) });
  });

  it('every graphql block of the README is one of these files, word for word', () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const blocs = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());
    const fichiers = fs.readdirSync(path.join(REPO_ROOT, 'docs/requetes')).map((f) => exemple(f).replace(/^#.*\n/gm, '').trim());
    expect(blocs.length).toBeGreaterThan(0);
    for (const bloc of blocs) expect(fichiers).toContain(bloc);
  });
});
