import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { REPO_ROOT } from '../support/start-product';

const run = promisify(execFile);
const INFRA = path.join(REPO_ROOT, 'infra/plusieurs-serveurs');

// The suite's own run directory and ports: those of infra/plusieurs-serveurs/commun.sh, whose variables (RUN_DIR,
// PORT_PRIMAIRE, PORT_REPLIQUE, PORTS_API, PORT_NGINX) move them, e.g. beside another run on the same machine.
const [PORT_A = '4101', PORT_B = '4102'] = (process.env.PORTS_API ?? '').split(/\s+/).filter(Boolean);
export const TOPOLOGIE = {
  runDir: process.env.RUN_DIR ?? '/tmp/poles-ess-plusieurs-serveurs-test',
  nginx: `http://127.0.0.1:${process.env.PORT_NGINX ?? 8088}`,
  portA: PORT_A,
  portB: PORT_B,
  apiA: `http://127.0.0.1:${PORT_A}`,
  apiB: `http://127.0.0.1:${PORT_B}`,
  primaire: `postgres://postgres@127.0.0.1:${process.env.PORT_PRIMAIRE ?? 5441}/poles_ess`,
  replique: `postgres://postgres@127.0.0.1:${process.env.PORT_REPLIQUE ?? 5442}/poles_ess`,
};

const ENV = { ...process.env, RUN_DIR: TOPOLOGIE.runDir };

export async function script(name: string, ...args: string[]): Promise<string> {
  const { stdout } = await run(path.join(INFRA, name), args, { env: ENV, maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

export function logApi(port: string): string {
  const file = path.join(TOPOLOGIE.runDir, `api-${port}.log`);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
}

// An editor's token on the primary (the CLI, as an operator makes one).
export async function jetonEditeur(nom: string): Promise<string> {
  const { stdout } = await run(process.execPath, [path.join(REPO_ROOT, 'packages/api/dist/cli/cli.js'), 'jetons:creer', '--role', 'editeur', '--nom', nom], {
    env: { ...process.env, DATABASE_URL: TOPOLOGIE.primaire },
  });
  return stdout.trim().split('\n').pop()!;
}

export async function sql<T>(url: string, text: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

// A cluster of the topology stopped (immediate: a crash), started, or restarted (fast: its connections cut) as its
// operator would (pg_ctl, as the postgres user when root).
export async function cluster(nom: 'primaire' | 'replique', action: 'stop' | 'start' | 'restart'): Promise<void> {
  const pgBin = (await run('bash', ['-c', 'ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1'])).stdout.trim();
  const journal = ['-l', path.join(TOPOLOGIE.runDir, `${nom}.log`)];
  const mode = { stop: ['-m', 'immediate', 'stop'], start: [...journal, 'start'], restart: ['-m', 'fast', ...journal, 'restart'] }[action];
  const args = ['-D', path.join(TOPOLOGIE.runDir, nom), '-w', ...mode];
  if (process.getuid?.() === 0) await run('runuser', ['-u', 'postgres', '--', `${pgBin}/pg_ctl`, ...args]);
  else await run(`${pgBin}/pg_ctl`, args);
}

export interface Reponse<T> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

export async function graphql<T = Record<string, unknown>>(
  base: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Reponse<T>> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Reponse<T>['body'] };
}

// An anonymous GET query, as a dashboard or a CDN sends it (idempotent: nginx may replay it on another instance).
export async function getQuery(base: string, query: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${base}/graphql?query=${encodeURIComponent(query)}`, { headers: { 'apollo-require-preflight': 'true', ...headers } });
}

export interface Charge {
  servies: number;
  echecs: number;
  secondes: number;
  // The first failures, to tell what happened.
  erreurs: string[];
}

// `workers` clients in a loop of anonymous GET queries through `base` for `ms`, on loopback; `pendant` runs meanwhile
// (an instance killed, the replica stopped). A request fails when its status is not 200 or its body has errors.
export async function sousCharge(base: string, queries: string[], workers: number, ms: number, pendant: () => Promise<void>): Promise<Charge> {
  const charge: Charge = { servies: 0, echecs: 0, secondes: ms / 1000, erreurs: [] };
  const fin = Date.now() + ms;
  const worker = async (w: number) => {
    for (let i = w; Date.now() < fin; i += 1) {
      const query = queries[i % queries.length]!;
      try {
        const response = await getQuery(base, query);
        const body = (await response.json()) as { errors?: { message: string }[] };
        if (response.status === 200 && !body.errors) charge.servies += 1;
        else {
          charge.echecs += 1;
          if (charge.erreurs.length < 5) charge.erreurs.push(`${response.status} ${body.errors?.[0]?.message ?? ''}`);
        }
      } catch (error) {
        charge.echecs += 1;
        if (charge.erreurs.length < 5) charge.erreurs.push(String(error));
      }
    }
  };
  await Promise.all([...Array.from({ length: workers }, (_, w) => worker(w)), pendant()]);
  return charge;
}

export async function attendre<T>(what: string, maxMs: number, probe: () => Promise<T | null | false>): Promise<{ valeur: T; ms: number }> {
  const debut = Date.now();
  for (;;) {
    const valeur = await probe().catch(() => null);
    if (valeur) return { valeur, ms: Date.now() - debut };
    if (Date.now() - debut > maxMs) throw new Error(`${what} : toujours pas après ${maxMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface EtatReplique {
  enRotation: boolean;
  retardSecondes: number | null;
}

export async function repliquesVuesPar(base: string): Promise<EtatReplique[]> {
  const response = await fetch(`${base}/sante/pret`);
  return ((await response.json()) as { repliques: EtatReplique[] }).repliques;
}
