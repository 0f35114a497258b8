import os from 'node:os';
import { Client } from 'pg';
import { mesurerRetablissement } from '../../support/mesurer-retablissement';
import type { RunningProduct } from '../../support/start-product';

// Issue 20's faults on a PostgreSQL server: every connection of the product's pool killed under load (an
// administrator's pg_terminate_backend, a failover, a network cut). The server keeps running and serves again on new
// connections; figures printed with the machine's load.
const LECTURES = [
  '{ poles(first: 20) { totalCount nodes { nom type statut } } }',
  '{ chiffresEtude { indicateur perimetre valeur unite } }',
  '{ territoires(niveau: REGION) { totalCount nodes { code nom } } }',
];
const RETABLISSEMENT_MAX_MS = 10_000;

const afficher = (texte: string) => process.stdout.write(`${texte}\n`);
const charge = () => os.loadavg().map((n) => n.toFixed(2)).join(' ');

async function lire(baseUrl: string, query: string): Promise<void> {
  const reponse = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const corps = (await reponse.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
  const erreur = corps.errors?.[0];
  if (reponse.status !== 200 || erreur) throw new Error(`HTTP ${reponse.status} ${erreur?.extensions?.code ?? ''} ${erreur?.message ?? ''}`.trim());
}

// Kills every backend of the database (but the admin connection's own) and says how many.
async function tuerConnexions(adminUrl: string, base: string): Promise<number> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ n: number }>(
      'SELECT count(*) FILTER (WHERE pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [base],
    );
    return rows[0]!.n;
  } finally {
    await admin.end();
  }
}

// Defines the test inside the caller's describe, on its running product (PostgreSQL only: skipped on the embedded
// database, whose one connection lives inside the server's process).
export function testerConnexionsTuees(contexte: () => RunningProduct): void {
  it(`PostgreSQL: serves reads again within ${RETABLISSEMENT_MAX_MS / 1000} s after every connection of the product is killed under load (pg_terminate_backend), without a restart, sante answering`, async () => {
    const produit = contexte();
    const adminUrl = process.env.TEST_DATABASE_URL;
    if (!produit.databaseUrl || !adminUrl) {
      afficher('ignoré sur la base embarquée : connexions tuées sous charge (PostgreSQL seulement)');
      return;
    }
    const base = new URL(produit.databaseUrl).pathname.slice(1);
    const chargeAvant = charge();
    const bilan = await mesurerRetablissement({
      clients: 4,
      requete: (client, n) => lire(produit.baseUrl, LECTURES[(client + n) % LECTURES.length]!),
      panne: () => tuerConnexions(adminUrl, base),
    });
    const reponse = await produit.graphql<{ sante: { statut: string } }>('{ sante { statut } }');
    afficher(
      `connexions tuées sous charge (pg_terminate_backend) : ${bilan.panne} connexion(s) du produit tuée(s) ; ${bilan.servies} lectures servies, ` +
        `${bilan.echecs} en échec en ${bilan.secondes} s ; rétablissement ${bilan.retablissementMs ?? 'non atteint'} ms ; ` +
        `${bilan.erreurs.length ? `erreurs : ${bilan.erreurs.join(' | ')} ; ` : ''}charge ${chargeAvant} → ${charge()}`,
    );
    // The pool held connections to kill, and the same server process serves again: no restart.
    expect(bilan.panne).toBeGreaterThan(0);
    expect(bilan.retablissementMs).not.toBeNull();
    expect(bilan.retablissementMs!).toBeLessThanOrEqual(RETABLISSEMENT_MAX_MS);
    expect(() => process.kill(produit.pid!, 0)).not.toThrow();
    expect(reponse.sante.statut).toBe('ok');
    // A read that failed says why: the database was unreachable, to retry (not an internal error).
    for (const erreur of bilan.erreurs) expect(erreur).toMatch(/^HTTP 200 SERVICE_UNAVAILABLE La base de données est momentanément injoignable/);
  }, 120_000);
}
