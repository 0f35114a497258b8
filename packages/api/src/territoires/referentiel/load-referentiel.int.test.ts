import { raw } from '../../common/sql';
import { createTestDatabase, type TestApp } from '../../test-support/test-database';
import { readDecoupage } from './read-decoupage';
import { loadReferentiel } from './load-referentiel';

interface Compte {
  niveau: string;
  n: number;
}

describe('chargement du référentiel territorial (données réelles)', () => {
  let app: TestApp;

  // The tests only read: the referential is loaded once.
  beforeAll(async () => {
    app = await createTestDatabase();
    await loadReferentiel(app.db);
  }, 600_000);
  afterAll(() => app.close());

  // Constant statements of the test (no parameter).
  const query = <T>(text: string) => app.db.query<T>(raw(text));

  it('holds every commune, EPCI, département and région of @etalab/decoupage-administratif 6.0.0', async () => {
    const decoupage = readDecoupage();
    const horsCom = (zone: string) => zone !== 'com';
    const attendu: Record<string, number> = {
      COMMUNE: decoupage.communes.filter((c) => c.type === 'commune-actuelle' && horsCom(c.zone)).length,
      EPCI: decoupage.epci.length,
      DEPARTEMENT: decoupage.departements.filter((d) => horsCom(d.zone)).length,
      REGION: decoupage.regions.filter((r) => horsCom(r.zone)).length,
      ANCIENNE_REGION: 27,
      PAYS: 21,
      FRANCE: 1,
    };
    const comptes = await query<Compte>('SELECT niveau, count(*)::int AS n FROM territoire GROUP BY niveau');
    expect(Object.fromEntries(comptes.map((c) => [c.niveau, c.n]))).toEqual(attendu);
    expect(attendu.DEPARTEMENT).toBe(101);
    expect(attendu.REGION).toBe(18);
  });

  it('links every commune to exactly one current département, région, ancienne région and France', async () => {
    const rows = await query<{ niveau_parent: string; sans: number; plusieurs: number }>(`
      SELECT p.niveau AS niveau_parent,
             count(*) FILTER (WHERE coalesce(n.n, 0) = 0)::int AS sans, count(*) FILTER (WHERE n.n > 1)::int AS plusieurs
      FROM territoire t
      CROSS JOIN (VALUES ('DEPARTEMENT'), ('REGION'), ('ANCIENNE_REGION'), ('FRANCE')) AS p(niveau)
      LEFT JOIN (
        SELECT code_membre, niveau_parent, count(*) AS n FROM territoire_lien
        WHERE niveau_membre = 'COMMUNE' AND date_fin IS NULL GROUP BY code_membre, niveau_parent) n
        ON n.code_membre = t.code AND n.niveau_parent = p.niveau
      WHERE t.niveau = 'COMMUNE'
      GROUP BY p.niveau`);
    expect(rows).toHaveLength(4);
    for (const row of rows) expect({ ...row, sans: row.sans, plusieurs: row.plusieurs }).toEqual({ ...row, sans: 0, plusieurs: 0 });
  });

  it('puts every Breton EPCI in exactly one current Pays, except Redon (dissolved 2018) and Cap Atlantique', async () => {
    const rows = await query<{ code: string; n: number }>(`
      SELECT e.code, count(lp.code_parent) FILTER (WHERE lp.date_fin IS NULL)::int AS n
      FROM territoire e
      LEFT JOIN territoire_lien lp ON lp.niveau_membre = 'EPCI' AND lp.code_membre = e.code AND lp.niveau_parent = 'PAYS'
      WHERE e.niveau = 'EPCI' AND EXISTS (
        SELECT 1 FROM territoire_lien ld WHERE ld.niveau_membre = 'EPCI' AND ld.code_membre = e.code
          AND ld.niveau_parent = 'DEPARTEMENT' AND ld.code_parent IN ('22', '29', '35', '56'))
      GROUP BY e.code`);
    expect(rows).toHaveLength(61);
    expect(rows.filter((r) => r.n !== 1).map((r) => r.code).sort()).toEqual(['243500741', '244400610']);
  });

  it('keeps Quimperlé Communauté in Cornouaille until 2018 and in Lorient since', async () => {
    const rows = await query<{ code_parent: string; date_debut: string | null; date_fin: string | null }>(`
      SELECT code_parent, to_char(date_debut, 'YYYY-MM-DD') AS date_debut, to_char(date_fin, 'YYYY-MM-DD') AS date_fin
      FROM territoire_lien WHERE niveau_membre = 'EPCI' AND code_membre = '242900694' AND niveau_parent = 'PAYS'
      ORDER BY code_parent`);
    expect(rows).toEqual([
      { code_parent: 'PAYS-CORNOUAILLE', date_debut: null, date_fin: '2018-01-01' },
      { code_parent: 'PAYS-LORIENT', date_debut: '2018-01-01', date_fin: null },
    ]);
  });

  it('sums population upward from the same commune populations', async () => {
    const [row] = await query<{ fr: number; communes: number }>(`
      SELECT (SELECT population FROM territoire WHERE niveau = 'FRANCE') AS fr,
             (SELECT sum(population)::int FROM territoire WHERE niveau = 'COMMUNE') AS communes`);
    expect(row!.fr).toBe(row!.communes);
    expect(row!.fr).toBeGreaterThan(60_000_000);
  });
});
