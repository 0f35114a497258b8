import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { acquireDataDirLock, LOCK_FILE } from './data-dir-lock';

// Another process, alive while the test needs it.
function startOtherProcess(): ChildProcess {
  return spawn(process.execPath, ['-e', 'setTimeout(() => undefined, 60000)'], { stdio: 'ignore' });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

describe('data directory lock', () => {
  let dataDir: string;
  let other: ChildProcess;

  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'poles-verrou-'));
    other = startOtherProcess();
  });
  afterEach(async () => {
    await stop(other);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const writeLock = (pid: number, role: string) =>
    fs.writeFileSync(path.join(dataDir, LOCK_FILE), JSON.stringify({ pid, role, depuis: '2026-12-07T06:00:00.000Z' }));

  it('refuses a second process while the owner runs, naming the directory, the owner and its PID', () => {
    writeLock(other.pid!, 'le serveur (pnpm start)');
    expect(() => acquireDataDirLock(dataDir, 'le serveur (pnpm start)')).toThrow(
      new RegExp(`${dataDir}.*le serveur \\(pnpm start\\) \\(PID ${other.pid}.*un seul processus à la fois`),
    );
  });

  it('tells a CLI command to stop the running server first (or to go through its API)', () => {
    writeLock(other.pid!, 'le serveur (pnpm start)');
    expect(() => acquireDataDirLock(dataDir, 'la commande import:poles')).toThrow(/Arrêtez le serveur.*pnpm import:poles.*API GraphQL/);
  });

  it('takes over a lock whose process no longer runs, and says so', async () => {
    writeLock(other.pid!, 'le serveur (pnpm start)');
    await stop(other);
    const messages: string[] = [];
    const lock = acquireDataDirLock(dataDir, 'la commande import:poles', (m) => messages.push(m));
    expect(messages).toEqual([expect.stringMatching(new RegExp(`Verrou périmé.*PID ${other.pid}`))]);
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid, role: 'la commande import:poles' });
    lock.release();
  });

  it('holds the directory until released, then lets the next owner in', () => {
    const lock = acquireDataDirLock(dataDir, 'le serveur (pnpm start)');
    expect(() => acquireDataDirLock(dataDir, 'la commande jetons:creer')).toThrow(/PID \d+/);
    lock.release();
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
    acquireDataDirLock(dataDir, 'la commande jetons:creer').release();
  });
});
