import { execFile } from 'node:child_process';
import os from 'node:os';
import { promisify } from 'node:util';
import { startProduct, type RunningProduct } from '../support/start-product';
import { chargerApi, CLI } from './api-construite';
import { testerEcrituresConcurrentes, type Ecrivain } from './ecritures/ecritures-concurrentes';
import { empreintes, importer, importerParLaCli, IMPORTEURS, listerFichiers, premiereLigne } from './imports/importer-fichiers-hostiles';
import { testerConnexionsTuees } from './pannes/connexions-tuees';
import { attaques } from './requetes/attaques';
import { lancerFuzz, type BilanFuzz } from './requetes/lancer-fuzz';
import { INTROSPECTION, type Schema } from './requetes/schema-introspecte';

const exec = promisify(execFile);

// Issue 20's suite: what a hostile or mistaken request, concurrent writers or a file can do to the built product, on
// one fresh database with the reference data (one start for the whole suite). It prints its figures. FUZZ_OPERATIONS and FUZZ_GRAINE replay or lengthen a run.
const OPERATIONS = Number(process.env.FUZZ_OPERATIONS ?? 10_000);
const ECRITURES = Number(process.env.FUZZ_ECRITURES ?? 60);
const GRAINE = Number(process.env.FUZZ_GRAINE ?? 20);

const afficher = (texte: string) => process.stdout.write(`${texte}\n`);
const charge = () => os.loadavg().map((n) => n.toFixed(2)).join(' ');

async function poster(baseUrl: string, query: string, entetes: Record<string, string> = {}) {
  const debut = Date.now();
  const reponse = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...entetes }, body: JSON.stringify({ query }) });
  const texte = await reponse.text();
  return { statut: reponse.status, ms: Date.now() - debut, octets: texte.length, corps: JSON.parse(texte) as { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] } };
}

async function introspecter(baseUrl: string): Promise<Schema> {
  return ((await poster(baseUrl, INTROSPECTION)).corps.data as { __schema: Schema }).__schema;
}

// An editor's token lets mutations reach validation and writes. PostgreSQL only: the CLI runs beside the server
// (the embedded database serves one process), so mutations there stay anonymous.
async function jetonEditeur(produit: RunningProduct): Promise<string | null> {
  if (!produit.databaseUrl) return null;
  const { stdout } = await exec(process.execPath, [CLI, 'jetons:creer', '--role', 'editeur', '--nom', 'fuzz'], { env: { ...process.env, DATABASE_URL: produit.databaseUrl } });
  return stdout.trim().split('\n').pop()!;
}

function decrire(bilan: BilanFuzz, jeton: string | null): string[] {
  return [
    `  en ${bilan.secondes.toFixed(1)} s ; ${bilan.mutations} mutations (${jeton ? '80 % avec un jeton éditeur' : 'anonymes : base embarquée'}), ${bilan.mutationsAcceptees} acceptées`,
    `  statuts HTTP : ${JSON.stringify(bilan.parStatut)}`,
    `  codes d'erreur : ${JSON.stringify(bilan.parCode)}`,
    `  temps par champ racine (s, les 5 plus coûteux) : ${JSON.stringify(bilan.tempsParRacine)}`,
    `  sante : ${bilan.sante.mesures} mesures, médiane ${bilan.sante.medianeMs} ms, max ${bilan.sante.maxMs} ms, ${bilan.sante.echecs} échec(s)`,
    `  défauts : ${bilan.defauts.length}`,
    ...bilan.defauts.slice(0, 10).map((d) => `    ${d.raison} : ${JSON.stringify(d.operation).slice(0, 300)} → ${d.reponse.slice(0, 300)}`),
  ];
}

describe('fiabilité : requêtes et fichiers hostiles', () => {
  const api = chargerApi();
  let produit: RunningProduct;

  beforeAll(async () => {
    produit = await startProduct();
  });
  afterAll(() => produit?.stop());

  it(`answers ${OPERATIONS} fuzzed operations without a 5xx, an internal error or a stack trace, sante answering throughout`, async () => {
    const schema = await introspecter(produit.baseUrl);
    const jeton = await jetonEditeur(produit);
    const chargeAvant = charge();
    // Mutations here are mostly refused (hostile data, unknown ids): accepted writes are the next test's.
    const bilan = await lancerFuzz(produit.baseUrl, schema, { nombre: OPERATIONS, concurrence: 3, graine: GRAINE, jetonEditeur: jeton, visee: { mutations: 0.15, ecritures: 0, ids: [] } });
    afficher([`fuzz : ${OPERATIONS} opérations, graine ${GRAINE}, charge ${chargeAvant} → ${charge()}`, ...decrire(bilan, jeton)].join('\n'));
    expect(bilan.defauts).toEqual([]);
    expect(bilan.parStatut['500'] ?? 0).toBe(0);
    expect(bilan.sante.echecs).toBe(0);
    // The target (every answer within 1 s) is printed with the load: a timing on a shared 2-core machine is a
    // figure, not an assertion. The median asserts that sante is not queued behind the fuzz.
    afficher(`  objectif sante < 1 s : ${bilan.sante.maxMs < 1000 ? 'atteint' : 'non atteint'} (max ${bilan.sante.maxMs} ms, charge ${charge()})`);
    expect(bilan.sante.medianeMs).toBeLessThan(1000);
    // About 100 s on the 2-core development machine at load 8; Jest's default of 240 s is too short on a busier one.
  }, 600_000);

  it(`writes or refuses ${ECRITURES} mutations of nearly valid data on existing poles without an internal error`, async () => {
    const schema = await introspecter(produit.baseUrl);
    const jeton = await jetonEditeur(produit);
    const poles = (await poster(produit.baseUrl, '{ poles(first: 100) { nodes { id } } }')).corps.data as { poles: { nodes: { id: string }[] } };
    const visee = { mutations: 1, ecritures: 0.5, ids: poles.poles.nodes.map((p) => p.id) };
    const chargeAvant = charge();
    // One at a time (concurrent writers are the concurrency suite's, tests/fiabilite/ecritures), `sante` probed meanwhile.
    const bilan = await lancerFuzz(produit.baseUrl, schema, { nombre: ECRITURES, concurrence: 1, graine: GRAINE, jetonEditeur: jeton, visee });
    afficher([`écritures : ${ECRITURES} mutations, graine ${GRAINE}, charge ${chargeAvant} → ${charge()}`, ...decrire(bilan, jeton)].join('\n'));
    expect(bilan.defauts).toEqual([]);
    if (jeton) expect(bilan.mutationsAcceptees).toBeGreaterThan(0);
    // A save refreshes only what it changed, in the database: sante is not queued behind it.
    expect(bilan.sante.medianeMs).toBeLessThan(1000);
  }, 600_000);

  it('answers each attack at the limit and refuses it one step past, naming the limit, sante answering meanwhile', async () => {
    const lignes: string[] = [];
    for (const attaque of attaques(api.limites)) {
      const [reponse, sante] = await Promise.all([poster(produit.baseUrl, attaque.query), poster(produit.baseUrl, '{ sante { statut } }')]);
      const limite = (reponse.corps.errors?.[0]?.extensions?.limite as string | undefined) ?? null;
      lignes.push(`  ${attaque.nom} : HTTP ${reponse.statut}, ${reponse.ms} ms, ${reponse.octets} octets, ${limite ? `refusée (${limite})` : 'servie'} ; sante ${sante.ms} ms`);
      expect({ attaque: attaque.nom, limite, erreurs: attaque.limite ? 1 : 0 }).toEqual({ attaque: attaque.nom, limite: attaque.limite, erreurs: reponse.corps.errors?.length ?? 0 });
      expect(reponse.statut).toBe(attaque.limite ? 400 : 200);
      expect(sante.corps.data).toEqual({ sante: { statut: 'ok' } });
    }
    afficher([`attaques au bord des limites (charge ${charge()}) :`, ...lignes].join('\n'));
  });

  describe('écritures concurrentes', () => {
    let ecrivain: Ecrivain | null = null;
    beforeAll(async () => {
      const jeton = await jetonEditeur(produit);
      ecrivain = jeton ? { produit, jeton } : null;
    });
    testerEcrituresConcurrentes(() => ecrivain, GRAINE);
  });

  // Before the imports, which stop the server.
  describe('pannes', () => testerConnexionsTuees(() => produit));

  it('refuses every hostile import file with its line, through the CLI commands, and leaves the data unchanged', async () => {
    // The embedded database serves one process: the server stops first, the commands then run on its database.
    await produit.stopServer();
    const services = await api.openApp({ databaseUrl: produit.databaseUrl || undefined, dataDir: produit.databaseUrl ? null : produit.dataDir });
    const fichiers = listerFichiers();
    const avant = await empreintes(services);
    const resultats: string[] = [];
    const debut = Date.now();
    try {
      for (const fichier of fichiers) {
        const message = await importer(api.commandes, services, fichier);
        resultats.push(`${fichier.importeur}/${fichier.nom} → ${message === null ? 'ACCEPTÉ' : `ligne ${premiereLigne(message)}`}`);
        expect({ fichier: fichier.nom, refuse: message !== null, ligne: message && premiereLigne(message) }).toEqual({ fichier: fichier.nom, refuse: true, ligne: fichier.ligne });
      }
      expect(await empreintes(services)).toEqual(avant);
    } finally {
      await services.db.close();
    }
    const secondes = (Date.now() - debut) / 1000;
    // The real CLI, one file per importer: exit code 1, the line printed, nothing written.
    const env = { ...process.env, DATABASE_URL: produit.databaseUrl, DATA_DIR: produit.dataDir };
    for (const importeur of IMPORTEURS) {
      const fichier = fichiers.find((f) => f.importeur === importeur && f.nom.includes('guillemet'))!;
      const { code, sortie } = await importerParLaCli(fichier, env);
      expect({ code, ligne: premiereLigne(sortie) }).toEqual({ code: 1, ligne: fichier.ligne });
    }
    const verification = await api.openApp({ databaseUrl: produit.databaseUrl || undefined, dataDir: produit.databaseUrl ? null : produit.dataDir });
    try {
      expect(await empreintes(verification)).toEqual(avant);
    } finally {
      await verification.db.close();
    }
    const parImporteur = IMPORTEURS.map((i) => `${i} ${fichiers.filter((f) => f.importeur === i).length}`).join(', ');
    afficher(`fichiers d'import hostiles : ${fichiers.length} (${parImporteur}) refusés avec leur ligne en ${secondes.toFixed(1)} s, ${Object.keys(avant).length} tables inchangées (empreintes md5)`);
  });
});
