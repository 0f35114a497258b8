import fs from 'node:fs';
import { sql } from '../common/sql';
import type { AppServices } from '../context';
import { startTestEnvironment, type TestEnvironment } from '../test-support/test-environment';
import { emploiSeedStep, EMPLOI_SEED_FILE } from './emploi.seed';
import { importEmploiCsv } from './emploi-import.service';

const ENTETE =
  'niveau;code;nom;annee;effectif_salarie_ess;part_pct;denominateur;associations;cooperatives;mutuelles;fondations;unite_familles;etablissements;source;note';

// The seed file's figures, their territories (Bretagne and the Pays de Brest inside it among them).
async function emploiFixture(app: AppServices): Promise<void> {
  await emploiSeedStep.load(app, () => undefined);
  await app.db.query(
    sql`INSERT INTO territoire (niveau, code, nom, nom_recherche) VALUES ('REGION', '53', 'Bretagne', 'bretagne'), ('PAYS', 'PAYS-BREST', 'Pays de Brest', 'pays de brest')`,
  );
  await app.db.query(
    sql`INSERT INTO territoire (niveau, code, nom, nom_recherche) SELECT DISTINCT ON (niveau, code) niveau, code, nom, lower(nom) FROM emploi_ess ON CONFLICT DO NOTHING`,
  );
  await app.db.query(sql`INSERT INTO territoire_lien (niveau_membre, code_membre, niveau_parent, code_parent) VALUES ('PAYS', 'PAYS-BREST', 'REGION', '53')`);
}

// Each test imports into an emptied database, the fixture loaded again.
describe('emploi ESS: imports', () => {
  let env: TestEnvironment;
  const count = async () => (await env.app.db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM emploi_ess`))[0]!.n;

  beforeAll(async () => {
    env = await startTestEnvironment();
  });
  beforeEach(() => env.reset(emploiFixture));
  afterAll(() => env.close());

  it('seeds every row of the data file, and a second import changes nothing', async () => {
    const lignes = fs.readFileSync(EMPLOI_SEED_FILE, 'utf8').trim().split('\n').length - 1;
    expect(await count()).toBe(lignes);
    const again = await importEmploiCsv(env.app.db, fs.readFileSync(EMPLOI_SEED_FILE, 'utf8'));
    expect(again).toEqual({ ok: true, crees: 0, misAJour: lignes });
    expect(await count()).toBe(lignes);
  });

  it('rejects a whole file for one bad line, naming the line and the field', async () => {
    const texte = `${ENTETE}\nregion;99;Test;2020;1000;12,5;emploi salarié total;;;;;;;Source test;\nregion;98;Test 2;2020;beaucoup;;;;;;;;;Source test;\n`;
    const avant = await count();
    const resultat = await importEmploiCsv(env.app.db, texte);
    expect(resultat).toEqual({ ok: false, erreurs: [expect.objectContaining({ ligne: 3, champ: 'effectif_salarie_ess' })] });
    expect(await count()).toBe(avant);
  });

  it('accepts French decimals', async () => {
    await importEmploiCsv(env.app.db, `${ENTETE}\nregion;53;Bretagne;2020;1000;12,5;emploi salarié total;;;;;;;Source test;\n`);
    const [row] = await env.app.db.query<{ part_emploi: number }>(sql`SELECT part_emploi FROM emploi_ess WHERE code = '53' AND source = 'Source test'`);
    expect(row!.part_emploi).toBe(12.5);
  });

  it('refuses a figure for a territory the reference data does not have (région 99), naming its line', async () => {
    const avant = await count();
    const texte = `${ENTETE}\nregion;53;Bretagne;2020;1000;12,5;emploi salarié total;;;;;;;Source test;\nregion;99;Nulle part;2020;1000;12,5;emploi salarié total;;;;;;;Source test;\n`;
    expect(await importEmploiCsv(env.app.db, texte)).toEqual({ ok: false, erreurs: [{ ligne: 3, champ: 'code', message: expect.stringMatching(/inconnu du référentiel : REGION 99/) }] });
    expect(await count()).toBe(avant);
  });

});

// These tests only read: one database for them all.
describe('emploi ESS: reading', () => {
  let env: TestEnvironment;

  beforeAll(async () => {
    env = await startTestEnvironment(emploiFixture);
  });
  afterAll(() => env.close());

  it('keeps figures of the same territory and year apart by denominator', async () => {
    const r = await env.server.graphql<{ emploisEss: { partEmploi: number; denominateur: string; source: { titre: string } }[] }>(
      '{ emploisEss(niveau: FRANCE, annee: 2013) { partEmploi denominateur source { titre } } }',
    );
    expect(r.data!.emploisEss).toHaveLength(2);
    const prive = await env.server.graphql<{ emploisEss: { partEmploi: number }[] }>(
      '{ emploisEss(niveau: FRANCE, annee: 2013, denominateur: EMPLOI_PRIVE) { partEmploi } }',
    );
    expect(prive.data!.emploisEss).toEqual([{ partEmploi: 12.6 }]);
  });

  it('shows a territory its figures over time and the fiche sentence, with sources', async () => {
    const r = await env.server.graphql<{ territoire: { emploisEss: { annee: number; source: { titre: string } }[]; emploiEssFiche: { texte: string; texteSource: string; texteFamilles: string | null } } }>(
      '{ territoire(niveau: REGION, code: "53") { emploisEss { annee source { titre } } emploiEssFiche { texte texteSource texteFamilles } } }',
    );
    expect(r.errors).toBeUndefined();
    const annees = r.data!.territoire.emploisEss.map((e) => e.annee);
    expect(annees).toEqual(expect.arrayContaining([2014, 2017, 2021, 2022]));
    expect(annees).toEqual([...annees].sort());
    expect(r.data!.territoire.emploiEssFiche.texte.replace(/\u202f/g, ' ')).toBe(
      "177 200 emplois dans l'économie sociale et solidaire, soit 14,5 % des effectifs salariés de la région (2021).",
    );
    expect(r.data!.territoire.emploiEssFiche.texteSource).toContain('Insee, repris par le GREF Bretagne');
  });

  it('lists the figures inside a territory (the Breton Pays in région 53)', async () => {
    const r = await env.server.graphql<{ emploisEss: { code: string }[] }>('{ emploisEss(niveau: PAYS, dans: {niveau: REGION, code: "53"}) { code } }');
    expect(new Set(r.data!.emploisEss.map((e) => e.code))).toEqual(new Set(['PAYS-BREST']));
  });

  it('gives each territory its latest comparable value: same denominator and field, head counts, a known year', async () => {
    type E = { code: string; annee: number; denominateur: string; champ: string; uniteEffectif: string; anneeNature: string };
    const r = await env.server.graphql<{ emploisEss: E[] }>(
      '{ emploisEss(niveau: REGION, dernier: true) { code annee denominateur champ uniteEffectif anneeNature } }',
    );
    expect(r.errors).toBeUndefined();
    const lignes = r.data!.emploisEss;
    expect(new Set(lignes.map((e) => e.code)).size).toBe(lignes.length);
    expect(lignes.every((e) => e.denominateur === 'EMPLOI_SALARIE_TOTAL' && e.champ === 'QUATRE_FAMILLES' && e.uniteEffectif === 'POSTES')).toBe(true);
    // Pays de la Loire: the 2022 figure is in full-time equivalents, so its latest comparable one is older.
    const pdl = lignes.find((e) => e.code === '52')!;
    expect(pdl.annee).toBeLessThan(2022);
    // Bretagne: the 2022 figure gives only its publication year, the 2021 one its data year.
    expect(lignes.find((e) => e.code === '53')).toMatchObject({ annee: 2021, anneeNature: 'DONNEES' });
    const prive = await env.server.graphql<{ emploisEss: E[] }>('{ emploisEss(niveau: REGION, dernier: true, denominateur: EMPLOI_PRIVE) { code denominateur } }');
    expect(prive.data!.emploisEss.every((e) => e.denominateur === 'EMPLOI_PRIVE')).toBe(true);
  });

  it('carries what a figure is worth as typed fields, and the address it was read at', async () => {
    type E = { code: string; annee: number | null; anneeNature: string; uniteEffectif: string; borneInferieure: boolean; sourceSecondaire: boolean; source: { url: string | null } };
    const r = await env.server.graphql<{ emploisEss: E[] }>(
      '{ emploisEss { code annee anneeNature uniteEffectif borneInferieure sourceSecondaire source { url } } }',
    );
    const e = r.data!.emploisEss;
    expect(e.find((x) => x.code === '52' && x.annee === 2022)).toMatchObject({ uniteEffectif: 'EQTP', sourceSecondaire: true });
    expect(e.find((x) => x.code === '93' && x.annee === 2021)).toMatchObject({ borneInferieure: true });
    expect(e.find((x) => x.code === 'PAYS-FOUGERES')).toMatchObject({ annee: null, anneeNature: 'INCONNUE', borneInferieure: true });
    expect(e.find((x) => x.code === '35')).toMatchObject({ anneeNature: 'PUBLICATION', source: { url: expect.stringMatching(/^https:\/\/www\.francebleu\.fr\//) } });
    expect(e.filter((x) => x.source.url !== null).length).toBeGreaterThanOrEqual(101);
  });
});
