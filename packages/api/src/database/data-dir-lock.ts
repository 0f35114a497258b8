import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../common/api-error';

// PGlite keeps its data in memory and writes it back: two processes on one data directory each see only their own
// writes and lose some of them. One process owns a directory at a time, named with its PID in this file.
export const LOCK_FILE = 'poles-ess.verrou';

interface Proprietaire {
  pid: number;
  // « le serveur (pnpm start) », « la commande import:poles »…
  role: string;
  depuis: string;
}

export interface DataDirLock {
  release(): void;
}

// Takes the directory, or refuses naming its owner (PID, role, since when). A lock whose PID is no longer running
// (a process killed with -9, a machine that stopped) is stale: it is taken over, and `onStale` says so.
export function acquireDataDirLock(dataDir: string, role: string, onStale: (message: string) => void = () => undefined): DataDirLock {
  const file = path.join(dataDir, LOCK_FILE);
  const moi: Proprietaire = { pid: process.pid, role, depuis: new Date().toISOString() };
  for (let essai = 0; essai < 3; essai++) {
    try {
      fs.writeFileSync(file, JSON.stringify(moi), { flag: 'wx' });
      const release = () => {
        // Only our own lock: a process that took over a lock we thought stale keeps its own.
        if (readOwner(file)?.pid === process.pid) fs.rmSync(file, { force: true });
        process.removeListener('exit', release);
      };
      // A CLI command ends with process.exit: the lock goes with it.
      process.on('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = readOwner(file);
    if (owner && isRunning(owner.pid)) throw new ApiError('CONFLICT', refusal(dataDir, role, owner));
    onStale(`Verrou périmé de ${dataDir} repris (${owner ? `PID ${owner.pid}, ${owner.role}, qui ne tourne plus` : 'fichier illisible'}).`);
    fs.rmSync(file, { force: true });
  }
  throw new ApiError('CONFLICT', `Le répertoire de données ${dataDir} n’a pas pu être verrouillé (${file}) : un autre processus le prend en même temps.`);
}

function refusal(dataDir: string, role: string, owner: Proprietaire): string {
  const base = `La base embarquée de ${dataDir} est déjà utilisée par ${owner.role} (PID ${owner.pid}, depuis ${owner.depuis}) : un seul processus à la fois.`;
  if (role.startsWith('la commande') && owner.role.startsWith('le serveur')) {
    return `${base} Arrêtez le serveur (Ctrl-C, ou kill ${owner.pid}) puis relancez ${role.replace('la commande ', 'pnpm ')}, ou passez par l’API GraphQL du serveur en marche.`;
  }
  return `${base} Arrêtez-le (kill ${owner.pid}) ou choisissez un autre DATA_DIR.`;
}

function readOwner(file: string): Proprietaire | null {
  try {
    const owner = JSON.parse(fs.readFileSync(file, 'utf8')) as Proprietaire;
    return Number.isInteger(owner.pid) ? owner : null;
  } catch {
    return null;
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
