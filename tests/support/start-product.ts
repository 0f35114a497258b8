import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

export const REPO_ROOT = path.resolve(__dirname, '../..');

export interface RunningProduct {
  baseUrl: string;
  // Its database: a PostgreSQL URL, or '' for the embedded one in `dataDir`.
  databaseUrl: string;
  dataDir: string;
  // The server's process (null for a product started by hand) and what it printed so far.
  pid: number | null;
  sortie(): string;
  graphql<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  // Stops the server and keeps its database (for commands that run on it afterwards); stop() still drops it.
  stopServer(): Promise<void>;
  // Kills the server with SIGKILL (a crash: nothing flushed, no lock released); the database is kept.
  tuer(): Promise<void>;
  stop(): Promise<void>;
}

export interface StartOptions {
  beforeStart?: (env: { databaseUrl: string; dataDir: string }) => Promise<void>;
  // The embedded database even when TEST_DATABASE_URL is set.
  embarquee?: boolean;
  // An existing data directory of the embedded database instead of a fresh one (stop() deletes it all the same).
  dataDir?: string;
  // How long the start may take (a first embedded start on a loaded machine takes minutes): 280 s by default.
  delaiMs?: number;
}

// The real product as `pnpm start` runs it (built API serving the built dashboard), on a fresh database:
// a new PostgreSQL database when TEST_DATABASE_URL is set, a fresh embedded data directory otherwise.
// `beforeStart` runs on the fresh database before the server starts (e.g. a CLI command: the embedded database
// serves one process at a time).
export async function startProduct(options: StartOptions = {}): Promise<RunningProduct> {
  // A product already started by hand on a fresh database (quick loop while writing tests): nothing to start or stop.
  const running = process.env.E2E_BASE_URL;
  if (running) {
    const graphql = <T>(query: string, variables?: Record<string, unknown>) => postGraphql<T>(running, query, variables);
    await options.beforeStart?.({ databaseUrl: process.env.DATABASE_URL ?? '', dataDir: '' });
    const rien = async () => {};
    return { baseUrl: running, databaseUrl: process.env.DATABASE_URL ?? '', dataDir: '', pid: null, sortie: () => '', graphql, stopServer: rien, tuer: rien, stop: rien };
  }
  const adminUrl = options.embarquee ? undefined : process.env.TEST_DATABASE_URL;
  const port = 20000 + Math.floor(Math.random() * 20000);
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'poles-e2e-'));
  let databaseName: string | null = null;
  let databaseUrl = '';
  if (adminUrl) {
    databaseName = `poles_e2e_${randomBytes(4).toString('hex')}`;
    await runAdmin(adminUrl, `CREATE DATABASE ${databaseName}`);
    const url = new URL(adminUrl);
    url.pathname = `/${databaseName}`;
    databaseUrl = url.toString();
  }
  await options.beforeStart?.({ databaseUrl, dataDir });
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'packages/api/dist/main.js')], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // PRODUIT_JOURNAL=file keeps the server's output (its logged internal errors) after the run.
  if (process.env.PRODUIT_JOURNAL) {
    const journal = fs.createWriteStream(process.env.PRODUIT_JOURNAL, { flags: 'a' });
    child.stdout?.pipe(journal);
    child.stderr?.pipe(journal);
  }
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForReady(child, () => output, baseUrl, options.delaiMs ?? 280000);

  return {
    baseUrl,
    databaseUrl,
    dataDir,
    pid: child.pid ?? null,
    sortie: () => output,
    graphql: <T>(query: string, variables?: Record<string, unknown>) => postGraphql<T>(baseUrl, query, variables),
    stopServer: () => stopChild(child),
    async tuer() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      await stopChild(child);
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (adminUrl && databaseName) await runAdmin(adminUrl, `DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
    },
  };
}

async function postGraphql<T>(baseUrl: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(`GraphQL : ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

async function waitForReady(child: ChildProcess, output: () => string, baseUrl: string, delaiMs: number): Promise<void> {
  const deadline = Date.now() + delaiMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`le produit s'est arrêté au démarrage :\n${output()}`);
    if (output().includes('prêt en')) {
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ sante { statut } }' }),
      }).catch(() => null);
      if (response?.ok) return;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stopChild(child);
  throw new Error(`le produit n'est pas prêt à temps :\n${output()}`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGINT');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15000);
  await exited;
  clearTimeout(timer);
}

async function runAdmin(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
