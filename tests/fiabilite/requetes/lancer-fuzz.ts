import { GenerateurOperations, type Operation, type Visee } from './generer-operation';
import type { Schema } from './schema-introspecte';
import { Hasard } from './valeurs-hostiles';
import { sonderSante } from '../sonde-sante';

export interface Defaut {
  raison: string;
  statut: number;
  operation: Operation | string;
  reponse: string;
}

export interface BilanFuzz {
  operations: number;
  mutations: number;
  // Mutations that wrote (data returned): the writes the run reached.
  mutationsAcceptees: number;
  parStatut: Record<string, number>;
  parCode: Record<string, number>;
  defauts: Defaut[];
  secondes: number;
  // Seconds spent per root field (the five costliest), to see where a run's time goes.
  tempsParRacine: Record<string, number>;
  sante: { mesures: number; echecs: number; medianeMs: number; maxMs: number };
}

export interface OptionsFuzz {
  nombre: number;
  concurrence: number;
  graine: number;
  // Editor tokens' mutations reach validation and writes; anonymous ones stop at UNAUTHENTICATED.
  jetonEditeur: string | null;
  visee: Visee;
}

// What no answer may hold: a stack frame, SQL or a driver's message in an error.
const FUITE = /\n\s+at \S+|stacktrace|QueryFailedError|duplicate key|violates|SELECT |INSERT INTO|syntax error at|invalid input syntax|Invalid string length/;

// Requests a broken or hostile client sends besides operations: each must be refused with a 4xx.
const CORPS_BRUTS: { methode: string; chemin: string; entetes: Record<string, string>; corps?: string }[] = [
  { methode: 'POST', chemin: '/graphql', entetes: { 'content-type': 'application/json' }, corps: '{"query": ' },
  { methode: 'POST', chemin: '/graphql', entetes: { 'content-type': 'application/json' }, corps: '[{"query":"{ sante { statut } }"},{"query":"{ sante { statut } }"}]' },
  { methode: 'POST', chemin: '/graphql', entetes: { 'content-type': 'application/json' }, corps: '"texte"' },
  { methode: 'POST', chemin: '/graphql', entetes: { 'content-type': 'application/json' }, corps: '{"query": 12}' },
  { methode: 'POST', chemin: '/graphql', entetes: { 'content-type': 'application/json' }, corps: '{"query":"{ sante { statut } }","variables":"x"}' },
  { methode: 'POST', chemin: '/graphql', entetes: { 'content-type': 'text/plain' }, corps: '{ sante { statut } }' },
  { methode: 'POST', chemin: '/graphql', entetes: { 'content-type': 'application/json' }, corps: '{"query":"{ sante { statut } }","operationName":"Inconnue"}' },
  { methode: 'GET', chemin: '/graphql?query=mutation%7BsupprimerPole(id%3A%221%22)%7Bid%7D%7D', entetes: { 'apollo-require-preflight': 'true' } },
  { methode: 'GET', chemin: '/graphql?query=%7B', entetes: { 'apollo-require-preflight': 'true' } },
  { methode: 'GET', chemin: '/export/poles.csv?bbox=1,2,3', entetes: {} },
  { methode: 'GET', chemin: '/export/poles.csv?dans=REGION', entetes: {} },
  { methode: 'GET', chemin: '/export/poles.csv?types=%00', entetes: {} },
];

function compter(table: Record<string, number>, cle: string): void {
  table[cle] = (table[cle] ?? 0) + 1;
}

// Sends `nombre` operations generated from the schema (and raw malformed requests), `concurrence` at a time, while
// `sante` is asked every 100 ms: every answer is checked (no 5xx, no INTERNAL_SERVER_ERROR, no stack trace or SQL).
export async function lancerFuzz(baseUrl: string, schema: Schema, options: OptionsFuzz): Promise<BilanFuzz> {
  const hasard = new Hasard(options.graine);
  const generateur = new GenerateurOperations(schema, hasard, options.visee);
  const bilan: BilanFuzz = { operations: 0, mutations: 0, mutationsAcceptees: 0, parStatut: {}, parCode: {}, defauts: [], secondes: 0, tempsParRacine: {}, sante: { mesures: 0, echecs: 0, medianeMs: 0, maxMs: 0 } };
  const debut = Date.now();
  const temps: Record<string, number> = {};
  const sonde = sonderSante(baseUrl);

  // Mutations go one at a time: concurrent writers are the concurrency suite's matter, this run's is what a client sends.
  let ecriture: Promise<unknown> = Promise.resolve();
  const uneAlaFois = <T>(travail: () => Promise<T>): Promise<T> => {
    const resultat = ecriture.then(travail);
    ecriture = resultat.catch(() => undefined);
    return resultat;
  };

  const envoyer = async (): Promise<void> => {
    bilan.operations += 1;
    if (options.visee.mutations < 1 && hasard.chance(0.03)) {
      const brut = hasard.choisir(CORPS_BRUTS);
      const reponse = await fetch(`${baseUrl}${brut.chemin}`, { method: brut.methode, headers: brut.entetes, body: brut.corps });
      const texte = await reponse.text();
      compter(bilan.parStatut, String(reponse.status));
      if (reponse.status >= 500 || FUITE.test(texte)) bilan.defauts.push({ raison: `brut ${reponse.status}`, statut: reponse.status, operation: `${brut.methode} ${brut.chemin} ${brut.corps ?? ''}`, reponse: texte.slice(0, 500) });
      return;
    }
    const operation = generateur.operation();
    if (operation.mutation) bilan.mutations += 1;
    const editeur = operation.mutation && options.jetonEditeur && hasard.chance(0.8);
    const requete = async () => {
      const r = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(editeur ? { authorization: `Bearer ${options.jetonEditeur}` } : {}) },
        body: JSON.stringify({ query: operation.query, variables: operation.variables }),
      });
      return { reponse: r, texte: await r.text() };
    };
    const debutOperation = Date.now();
    const { reponse, texte } = operation.mutation ? await uneAlaFois(requete) : await requete();
    const racine = /\{\s*(?:\w+: )?(\w+)/.exec(operation.query)?.[1] ?? '?';
    temps[racine] = (temps[racine] ?? 0) + (Date.now() - debutOperation) / 1000;
    compter(bilan.parStatut, String(reponse.status));
    let corps: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] } = {};
    try {
      corps = JSON.parse(texte) as typeof corps;
    } catch {
      bilan.defauts.push({ raison: 'réponse non JSON', statut: reponse.status, operation, reponse: texte.slice(0, 500) });
      return;
    }
    for (const erreur of corps.errors ?? []) compter(bilan.parCode, erreur.extensions?.code ?? '(sans code)');
    if (operation.mutation && corps.data && Object.values(corps.data).some((v) => v !== null)) bilan.mutationsAcceptees += 1;
    const erreurs = JSON.stringify(corps.errors ?? []);
    if (reponse.status >= 500) bilan.defauts.push({ raison: `HTTP ${reponse.status}`, statut: reponse.status, operation, reponse: texte.slice(0, 500) });
    else if (corps.errors?.some((e) => !e.extensions?.code || e.extensions.code === 'INTERNAL_SERVER_ERROR')) {
      bilan.defauts.push({ raison: 'erreur interne ou sans code', statut: reponse.status, operation, reponse: erreurs.slice(0, 500) });
    } else if (FUITE.test(erreurs) || /\n\s+at \S+/.test(texte)) bilan.defauts.push({ raison: 'trace ou SQL dans la réponse', statut: reponse.status, operation, reponse: erreurs.slice(0, 500) });
  };

  let restantes = options.nombre;
  try {
    await Promise.all(
      Array.from({ length: options.concurrence }, async () => {
        while (restantes > 0) {
          restantes -= 1;
          await envoyer();
        }
      }),
    );
  } finally {
    bilan.sante = await sonde.arreter();
  }
  const couteuses = Object.entries(temps).sort((a, b) => b[1] - a[1]).slice(0, 5);
  bilan.tempsParRacine = Object.fromEntries(couteuses.map(([racine, secondes]) => [racine, Math.round(secondes * 10) / 10]));
  bilan.secondes = (Date.now() - debut) / 1000;
  return bilan;
}
