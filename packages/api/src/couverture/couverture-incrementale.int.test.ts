import { STATUTS_POLE, TYPES_POLE } from '@poles-ess/shared';
import { raw, sql } from '../common/sql';
import type { Viewer } from '../common/viewer';
import type { AppServices } from '../context';
import { parsePoleDonnees } from '../poles/pole-donnees.schema';
import { createPoleIn, setPoleSupprime, updatePoleIn } from '../poles/pole-write.service';
import { createTestDatabase, type TestApp } from '../test-support/test-database';
import { refreshCouvertureCommunes } from './couverture-communes.refresh';
import { isCouvertureCommunesFresh } from './couverture-signature.sql';
import type { Executor } from '../database/executor';
import { getVersionDonnees } from '../version-donnees/version-donnees';

// A région of 4 Pays × 12 communes on a grid (lon 0..4, lat 0..3, 0.33° apart), each linked to its Pays, the
// région and France; one Pays without centre (its outline gives its point).
const COLONNES = 12;
const LIGNES = 4;
const box = (x0: number, y0: number, x1: number, y1: number) => `SRID=4326;MULTIPOLYGON(((${x0} ${y0}, ${x1} ${y0}, ${x1} ${y1}, ${x0} ${y1}, ${x0} ${y0})))`;

async function grilleFixture({ db, derivees }: AppServices): Promise<void> {
  const territoire = (niveau: string, code: string, population: number, geom: string, centre: string | null) =>
    db.query(sql`INSERT INTO territoire (niveau, code, nom, nom_recherche, population, geom, centre)
      VALUES (${niveau}, ${code}, ${code}, lower(${code}), ${population}, ST_GeomFromEWKT(${geom}), ${centre === null ? null : sql`ST_GeomFromEWKT(${centre})`})`);
  await territoire('FRANCE', 'FR', 1, box(0, 0, 4, 4), 'SRID=4326;POINT(2 2)');
  await territoire('REGION', '99', 1, box(0, 0, 4, 4), 'SRID=4326;POINT(2 2)');
  const lien = (nm: string, cm: string, np: string, cp: string) =>
    db.query(sql`INSERT INTO territoire_lien (niveau_membre, code_membre, niveau_parent, code_parent, source) VALUES (${nm}, ${cm}, ${np}, ${cp}, 'fixture')`);
  await lien('REGION', '99', 'FRANCE', 'FR');
  for (let p = 0; p < LIGNES; p += 1) {
    await territoire('PAYS', `PAYS-${p}`, 1, box(0, p, 4, p + 1), p === 2 ? null : `SRID=4326;POINT(2 ${p + 0.5})`);
    await lien('PAYS', `PAYS-${p}`, 'REGION', '99');
    await lien('PAYS', `PAYS-${p}`, 'FRANCE', 'FR');
    for (let c = 0; c < COLONNES; c += 1) {
      const code = `99${String(p * COLONNES + c).padStart(3, '0')}`;
      const x = c / 3;
      await territoire('COMMUNE', code, 100 + ((p * 37 + c * 11) % 50) * 100, box(x, p, x + 1 / 3, p + 1), `SRID=4326;POINT(${x + 1 / 6} ${p + 0.5})`);
      for (const [np, cp] of [['PAYS', `PAYS-${p}`], ['REGION', '99'], ['FRANCE', 'FR']] as const) await lien('COMMUNE', code, np, cp);
    }
  }
  await db.transaction((tx) => derivees.apresEcriturePoles(tx));
}

// Each derived table as rows keyed by their primary key, numbers kept as numbers (compared to the millimetre).
async function lireTables(app: TestApp) {
  const lire = (table: string, cle: string) => app.db.query<Record<string, unknown>>(raw(`SELECT * FROM ${table} ORDER BY ${cle}`));
  return {
    communes: await lire('distance_commune_pole', 'code_commune'),
    territoires: (await lire('distance_territoire_pole', 'niveau, code')).map(membresTries),
    statuts: (await lire('couverture_communes_statut', 'niveau, code, statut')).map(cumulsAuxRuptures),
    action: await lire('couverture_action', 'niveau, code, pole_id, relation'),
  };
}

// The member communes' arrays are read together, in any order (aggregates): compared as sorted tuples.
function membresTries(row: Record<string, unknown>): Record<string, unknown> {
  const colonnes = Object.keys(row).filter((c) => c.startsWith('communes_')).sort();
  const { ...reste } = row;
  for (const c of colonnes) delete reste[c];
  const population = (row.communes_population as unknown[] | null) ?? [];
  const tuples = population.map((_, i) => JSON.stringify(arrondir(colonnes.map((c) => (row[c] as unknown[])[i]))));
  return { ...reste, membres: tuples.sort() };
}

// Communes at the same distance may come in either order: the population within a radius is read at the last of
// equal distances (width_bucket), so only those cumulated populations are compared (equal to the centimetre: the
// full rebuild's haversine and PostGIS differ in the last bits).
function cumulsAuxRuptures(row: Record<string, unknown>): Record<string, unknown> {
  const distances = (row.distances_triees as number[]).map((d) => Math.round(d * 100));
  const cumuls = row.population_cumulee as string[];
  return { ...row, population_cumulee: cumuls.filter((_, i) => i === distances.length - 1 || distances[i] !== distances[i + 1]) };
}

function arrondir(valeur: unknown): unknown {
  if (typeof valeur === 'number') return Math.round(valeur * 100) / 100;
  if (Array.isArray(valeur)) return valeur.map(arrondir);
  if (valeur && typeof valeur === 'object' && !(valeur instanceof Date)) return Object.fromEntries(Object.entries(valeur).map(([k, v]) => [k, arrondir(v)]));
  return valeur;
}

const ADMIN: Viewer = { role: 'admin', jetonId: null, nom: 'test', codeRegion: null };

describe('couverture : mise à jour incrémentale', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestDatabase();
    await grilleFixture(app);
  });
  afterAll(() => app?.close());

  const options = () => ({ viewer: ADMIN, derivees: app.derivees });
  // A save as the API makes it: its transaction, whose commit starts the coverage refresh, awaited here.
  const enregistrer = async <T>(work: (tx: Executor) => Promise<T>): Promise<T> => {
    const result = await app.db.transaction(work);
    await app.derivees.enCours(app.db);
    return result;
  };
  const creer = (donnees: Record<string, unknown>) => enregistrer((tx) => createPoleIn(tx, parsePoleDonnees(donnees, true), options()));
  const modifier = (id: string, donnees: Record<string, unknown>) => enregistrer((tx) => updatePoleIn(tx, id, null, parsePoleDonnees(donnees, false), options()));
  const versions = () => app.db.query<{ v: string }>(sql`SELECT string_agg(xmin::text, ',' ORDER BY code_commune) AS v FROM distance_commune_pole`).then((r) => r[0]!.v.split(','));

  it('leaves every derived row alone on a text edit, and rewrites only the nearer communes when a pole moves', async () => {
    const id = await creer({ nom: 'Pôle témoin', type: 'ESPACE_HEBERGEMENT', statut: 'ACTIF', position: { lon: 0.2, lat: 0.5 } });
    await creer({ nom: 'Pôle lointain', type: 'ESPACE_HEBERGEMENT', statut: 'ACTIF', position: { lon: 3.8, lat: 3.5 } });
    const avant = await versions();
    const [etat] = await app.db.query<{ calcule_le: Date }>(sql`SELECT calcule_le FROM distance_commune_pole_etat`);
    await modifier(id, { note: 'relue', nom: 'Pôle témoin (relu)' });
    expect(await versions()).toEqual(avant);
    expect((await app.db.query<{ calcule_le: Date }>(sql`SELECT calcule_le FROM distance_commune_pole_etat`))[0]!.calcule_le).toEqual(etat!.calcule_le);
    await modifier(id, { position: { lon: 0.3, lat: 0.6 } });
    const apres = await versions();
    const reecrites = apres.filter((v, i) => v !== avant[i]).length;
    expect(reecrites).toBeGreaterThan(0);
    expect(reecrites).toBeLessThan(apres.length);
    expect(await isCouvertureCommunesFresh(app.db)).toBe(true);
  });

  it('bumps the data version when the refresh after the commit rewrites the coverage (caches and validators follow)', async () => {
    const id = await creer({ nom: 'Pôle versionné', type: 'CENTRE_MULTIFONCTION', statut: 'ACTIF', position: { lon: 1.1, lat: 1.2 } });
    const [enAttente, avant] = await app.db.transaction(async (tx) => {
      await updatePoleIn(tx, id, null, parsePoleDonnees({ position: { lon: 2.1, lat: 2.2 } }, false), options());
      const [attente] = await tx.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM couverture_en_attente`);
      const [version] = await tx.query<{ v: string }>(sql`SELECT version::text AS v FROM version_donnees`);
      return [attente!.n, BigInt(version!.v)];
    });
    expect(enAttente).toBe(1);
    await app.derivees.enCours(app.db);
    // Once for the save, once for its refresh.
    expect(BigInt(await getVersionDonnees(app.db))).toBe(avant + 2n);
    const [reste] = await app.db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM couverture_en_attente`);
    expect(reste!.n).toBe(0);
  });

  it('gives after a random sequence of creates, moves, status changes and deletes what a full rebuild gives, one refresh taking one save or several', async () => {
    // mulberry32: the seed replays the sequence.
    let graine = Number(process.env.COUVERTURE_GRAINE ?? 7);
    const hasard = () => {
      graine = (graine + 0x6d2b79f5) >>> 0;
      let t = graine;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const choisir = <T>(liste: readonly T[]): T => liste[Math.floor(hasard() * liste.length)]!;
    const point = () => ({ lon: Math.round(hasard() * 4e4) / 1e4, lat: Math.round(hasard() * 4e4) / 1e4 });
    const commune = () => `99${String(Math.floor(hasard() * COLONNES * LIGNES)).padStart(3, '0')}`;
    const poles: { id: string; supprime: boolean }[] = [];
    const journal: string[] = [];
    // One random save in the transaction `tx`.
    const unEnregistrement = async (tx: Executor, etape: number) => {
      const vivants = poles.filter((p) => !p.supprime);
      const tirage = poles.length < 4 ? 0 : hasard();
      if (tirage < 0.25) {
        const lieu = hasard();
        const donnees = {
          nom: `Pôle ${etape}`, type: choisir(TYPES_POLE), statut: choisir(STATUTS_POLE),
          ...(lieu < 0.5 ? { position: point() } : lieu < 0.7 ? { codeCommuneSiege: commune() } : {}),
          ...(hasard() < 0.3 ? { territoireAction: { niveau: 'PAYS', code: `PAYS-${Math.floor(hasard() * LIGNES)}`, libelle: 'Pays' } } : {}),
        };
        poles.push({ id: await createPoleIn(tx, parsePoleDonnees(donnees, true), options()), supprime: false });
        journal.push(`création ${JSON.stringify(donnees)}`);
      } else if (tirage < 0.85 && vivants.length > 0) {
        const pole = choisir(vivants);
        const donnees = choisir<Record<string, unknown>>([
          { position: point() }, { position: point() }, { statut: choisir(STATUTS_POLE) }, { type: choisir(TYPES_POLE) },
          { note: `note ${etape}` }, { position: null }, { codeCommuneSiege: commune(), position: null },
          { territoireAction: hasard() < 0.5 ? null : { niveau: 'REGION', code: '99', libelle: 'Région' } },
        ]);
        await updatePoleIn(tx, pole.id, null, parsePoleDonnees(donnees, false), options());
        journal.push(`modification ${JSON.stringify(donnees)}`);
      } else {
        const pole = choisir(poles);
        await setPoleSupprime(tx, pole.id, !pole.supprime, null, options());
        pole.supprime = !pole.supprime;
        journal.push(pole.supprime ? 'suppression' : 'restauration');
      }
    };
    for (let etape = 1; etape <= 120; ) {
      // Saves whose changes wait together for one refresh (as several saves committed while a refresh runs), the same
      // pole possibly among them twice: here in one transaction, whose commit starts the refresh.
      const lot = hasard() < 0.5 ? 1 : 2 + Math.floor(hasard() * 6);
      journal.push(`lot de ${lot}`);
      await enregistrer(async (tx) => {
        for (let i = 0; i < lot; i += 1) await unEnregistrement(tx, etape + i);
      });
      const fin = etape + lot;
      if (Math.floor(fin / 30) > Math.floor(etape / 30) || fin > 120) {
        const incrementales = arrondir(await lireTables(app)) as Awaited<ReturnType<typeof lireTables>>;
        expect(await isCouvertureCommunesFresh(app.db)).toBe(true);
        await app.db.transaction((tx) => refreshCouvertureCommunes(tx));
        const completes = arrondir(await lireTables(app)) as typeof incrementales;
        // The writes so far, printed when they differ: the seed replays them.
        if (JSON.stringify(incrementales) !== JSON.stringify(completes)) process.stdout.write(`écritures jusqu'à l'étape ${fin - 1} :\n${journal.join('\n')}\n`);
        for (const table of ['communes', 'territoires', 'statuts', 'action'] as const) expect({ table, lignes: incrementales[table] }).toEqual({ table, lignes: completes[table] });
      }
      etape = fin;
    }
    const [compte] = await app.db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM distance_commune_pole WHERE actif_tous IS NOT NULL`);
    expect(compte!.n).toBeGreaterThan(0);
  });
});

// Two sessions at once: the embedded database serves one.
const describePostgres = process.env.TEST_DATABASE_URL ? describe : describe.skip;

describePostgres('couverture : recalcul après un échec', () => {
  let app: TestApp;

  beforeAll(async () => {
    // A statement waiting more than 300 ms for a lock fails, as DATABASE_LOCK_TIMEOUT_MS makes it in production.
    app = await createTestDatabase({ timeouts: { statementMs: 0, lockMs: 300 } });
    await grilleFixture(app);
  });
  afterAll(() => app?.close());

  it('tries a failed refresh again after a pause, without waiting for another save', async () => {
    const options = { viewer: ADMIN, derivees: app.derivees };
    const messages: string[] = [];
    const erreur = jest.spyOn(console, 'error').mockImplementation((message: unknown) => void messages.push(String(message)));
    try {
      // Another session holds the distances' table while the refresh runs: its first attempt fails on the lock.
      let liberer!: () => void;
      const libere = new Promise<void>((resolve) => (liberer = resolve));
      let pris!: () => void;
      const verrouPris = new Promise<void>((resolve) => (pris = resolve));
      const bloqueur = app.db.transaction(async (tx) => {
        await tx.query(sql`LOCK TABLE distance_commune_pole IN ACCESS EXCLUSIVE MODE`);
        pris();
        await libere;
      });
      await verrouPris;
      // The save commits (it writes no distance); its refresh, started by the commit, waits for the table.
      await app.db.transaction((tx) =>
        createPoleIn(tx, parsePoleDonnees({ nom: 'Pôle bloqué', type: 'ESPACE_HEBERGEMENT', statut: 'ACTIF', position: { lon: 0.2, lat: 0.5 } }, true), options),
      );
      setTimeout(liberer, 600);
      await bloqueur;
      await app.derivees.enCours(app.db);
    } finally {
      erreur.mockRestore();
    }
    expect(messages.some((m) => /recalcul après enregistrement impossible .*nouvel essai dans 1 s/.test(m))).toBe(true);
    const [reste] = await app.db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM couverture_en_attente`);
    expect(reste!.n).toBe(0);
    const [proche] = await app.db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM distance_commune_pole WHERE actif_tous IS NOT NULL`);
    expect(proche!.n).toBeGreaterThan(0);
  });
});
