import { Pool } from 'pg';
import type { DatabaseTimeouts } from './data-source';

// Health of one read replica, as /sante/pret shows it.
export interface EtatReplique {
  hote: string;
  enRotation: boolean;
  // Seconds since the primary wrote WAL this replica has not replayed yet (0: up to date); null when unreachable.
  retardSecondes: number | null;
  erreur: string | null;
}

export interface Replique {
  readonly pool: Pool;
  readonly hote: string;
  enRotation: boolean;
  // Last WAL position replayed, as seen by the last check.
  rejoue: bigint | null;
  retardSecondes: number | null;
  erreur: string | null;
}

// A WAL position (`16/B374D848`) as a number, to compare.
export function parseLsn(text: string): bigint {
  const [hi, lo] = text.split('/');
  return (BigInt(`0x${hi}`) << 32n) + BigInt(`0x${lo}`);
}

export interface RepliquesOptions {
  poolSize: number;
  retardMaxSecondes: number;
  // The primary's limits, on the replicas' connections too (a replica read is bounded as a primary one).
  timeouts?: DatabaseTimeouts;
  intervalleMs?: number;
  // The primary's current WAL position (pg_current_wal_lsn()).
  primaryLsn(): Promise<string>;
}

const DELAI_VERIFICATION_MS = 2000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`pas de réponse en ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

// The read replicas and their rotation. Every second the primary's WAL position is sampled and each replica asked
// what it has replayed: a replica's lag is the age of the oldest sample it has not replayed yet (0 when it has
// replayed them all), which stays right when the primary is idle (no replay timestamp to trust then). A replica
// unreachable, promoted, or lagging beyond the bound leaves the rotation; it comes back at the first good check.
export class Repliques {
  readonly liste: Replique[];
  private echantillons: { lsn: bigint; at: number }[] = [];
  private suivante = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    urls: string[],
    private readonly options: RepliquesOptions,
  ) {
    this.liste = urls.map((url) => {
      const pool = new Pool({
        connectionString: url,
        max: options.poolSize,
        connectionTimeoutMillis: DELAI_VERIFICATION_MS,
        options: '-c jit=off',
        ...(options.timeouts?.statementMs ? { statement_timeout: options.timeouts.statementMs } : {}),
        ...(options.timeouts?.lockMs ? { lock_timeout: options.timeouts.lockMs } : {}),
      });
      // A replica that stops kills its idle connections: the rotation handles it, the process must not crash.
      pool.on('error', () => undefined);
      const { hostname, port } = new URL(url);
      return { pool, hote: `${hostname}:${port || 5432}`, enRotation: false, rejoue: null, retardSecondes: null, erreur: null };
    });
  }

  async start(): Promise<void> {
    await this.check();
    const loop = () => {
      this.timer = setTimeout(() => void this.check().finally(() => this.timer && loop()), this.options.intervalleMs ?? 1000);
      this.timer.unref();
    };
    loop();
  }

  async check(): Promise<void> {
    const now = Date.now();
    try {
      this.echantillons.push({ lsn: parseLsn(await withTimeout(this.options.primaryLsn(), DELAI_VERIFICATION_MS)), at: now });
    } catch {
      // Primary unreachable: the replicas keep their last state (their lag is measured against the last samples).
    }
    const garde = now - (this.options.retardMaxSecondes + 60) * 1000;
    while (this.echantillons.length > 1 && this.echantillons[0]!.at < garde) this.echantillons.shift();
    await Promise.all(this.liste.map((r) => this.checkOne(r)));
  }

  private async checkOne(replique: Replique): Promise<void> {
    try {
      const { rows } = await withTimeout(
        replique.pool.query<{ recovery: boolean; lsn: string | null }>('SELECT pg_is_in_recovery() AS recovery, pg_last_wal_replay_lsn()::text AS lsn'),
        DELAI_VERIFICATION_MS,
      );
      const row = rows[0]!;
      if (!row.recovery || row.lsn === null) throw new Error("n'est pas une réplique en cours de réplication");
      replique.rejoue = parseLsn(row.lsn);
      const nonRejoue = this.echantillons.find((e) => e.lsn > replique.rejoue!);
      replique.retardSecondes = nonRejoue ? (Date.now() - nonRejoue.at) / 1000 : 0;
      replique.erreur = replique.retardSecondes > this.options.retardMaxSecondes ? `retard de ${replique.retardSecondes.toFixed(1)} s` : null;
    } catch (error) {
      replique.retardSecondes = null;
      replique.erreur = error instanceof Error ? error.message : String(error);
    }
    replique.enRotation = replique.erreur === null;
  }

  // A replica in rotation that has replayed `lsnMin` (a client's last write), in turn; null: read from the primary.
  choose(lsnMin: bigint | null): Replique | null {
    const n = this.liste.length;
    for (let k = 0; k < n; k += 1) {
      const replique = this.liste[(this.suivante + k) % n]!;
      if (!replique.enRotation) continue;
      if (lsnMin !== null && (replique.rejoue === null || replique.rejoue < lsnMin)) continue;
      this.suivante = (this.suivante + k + 1) % n;
      return replique;
    }
    return null;
  }

  // A read failed on this replica for a reason of the connection: out until the next good check.
  markDown(replique: Replique, error: unknown): void {
    replique.enRotation = false;
    replique.erreur = error instanceof Error ? error.message : String(error);
  }

  states(): EtatReplique[] {
    return this.liste.map(({ hote, enRotation, retardSecondes, erreur }) => ({
      hote,
      enRotation,
      retardSecondes: retardSecondes === null ? null : Math.round(retardSecondes * 10) / 10,
      erreur,
    }));
  }

  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await Promise.all(this.liste.map((r) => r.pool.end()));
  }
}
