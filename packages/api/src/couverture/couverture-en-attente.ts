import { sql } from '../common/sql';
import type { Database } from '../database/database';
import type { Executor } from '../database/executor';
import {
  changementsCouverture,
  COLONNES_POLE_COUVERT,
  readPolesCouverts,
  refreshCouverturePoles,
  type PoleCouvert,
} from './couverture-poles.refresh';
import { VERROU_COUVERTURE } from './couverture-verrou';

// A pole save does not recompute the coverage tables in its transaction (a move or a status change rewrites the
// distances of thousands of communes: ≈ 1 s, and concurrent saves queued behind one lock for it). It writes, in its
// transaction, which of its poles moved in the distances and how they were before (couverture_en_attente); once it
// has committed, one refresh per process takes every waiting change, under the coverage lock, and applies them in one
// transaction. Until then readers get the coverage as it was before the save, whole and consistent.

// In the save's transaction, after its writes: the changes that touch the coverage, kept for the refresh.
export async function mettreCouvertureEnAttente(tx: Executor, avant: Map<string, PoleCouvert>, ids: readonly string[]): Promise<number> {
  const changes = changementsCouverture(avant, await readPolesCouverts(tx, ids), ids);
  if (changes.length === 0) return 0;
  await tx.query(
    sql`INSERT INTO couverture_en_attente (pole_id, avant)
        SELECT * FROM unnest(${changes.map((c) => c.id)}::uuid[], ${changes.map((c) => (c.a ? JSON.stringify(c.a) : null))}::jsonb[])`,
  );
  return changes.length;
}

interface Attente {
  id: string;
  poleId: string;
  avant: PoleCouvert | null;
  apres: PoleCouvert | null;
}

// One refresh: every waiting change, with its pole as it is now, read in one statement (a save committed in between
// is either wholly in it or wholly left for the next refresh). A pole saved several times goes from its state before
// the first of them to its state now. Returns the number of changes applied, or null when another refresh holds the
// lock (it will take them).
export async function appliquerCouvertureEnAttente(db: Database): Promise<number | null> {
  return db.transaction(async (tx) => {
    const [verrou] = await tx.query<{ pris: boolean }>(sql`SELECT pg_try_advisory_xact_lock(${VERROU_COUVERTURE[0]}, ${VERROU_COUVERTURE[1]}) AS pris`);
    if (!verrou?.pris) return null;
    const rows = await tx.query<Attente>(
      sql`SELECT e.id, e.pole_id AS "poleId", e.avant, CASE WHEN p.id IS NULL THEN NULL ELSE to_jsonb(c) END AS apres
          FROM couverture_en_attente e
          LEFT JOIN pole p ON p.id = e.pole_id
          LEFT JOIN LATERAL (SELECT ${COLONNES_POLE_COUVERT}) c ON true
          ORDER BY e.id`,
    );
    if (rows.length === 0) return 0;
    // Per pole, its state before the earliest waiting save and its state now.
    const avant = new Map<string, PoleCouvert>();
    const apres = new Map<string, PoleCouvert>();
    const poles = new Set<string>();
    for (const row of rows) {
      if (poles.has(row.poleId)) continue;
      poles.add(row.poleId);
      if (row.avant) avant.set(row.poleId, row.avant);
      if (row.apres) apres.set(row.poleId, row.apres);
    }
    await refreshCouverturePoles(tx, changementsCouverture(avant, apres, [...poles]));
    await tx.query(sql`DELETE FROM couverture_en_attente WHERE id = ANY(${rows.map((r) => r.id)}::bigint[])`);
    return rows.length;
  });
}

interface Suivi {
  enCours: Promise<void>;
  encore: boolean;
}

const suivis = new WeakMap<Database, Suivi>();
const attendre = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Between two rounds of refresh while saves keep coming.
const PAUSE_ENTRE_TOURS_MS = 1000;

// Attempts of a refresh that fails (database out of reach, a statement cancelled), a pause before each new one.
const REPRISES_MS = [1000, 3000, 10000];

// After a save's commit: runs the refresh in the background, once per process at a time; a save committed while it
// runs makes it go round again. A refresh that fails is tried again after a pause (REPRISES_MS); after the last
// attempt the changes stay waiting: the next save or the next start applies them.
export function planifierCouverture(db: Database, log: (message: string) => void = console.error): Promise<void> {
  const suivi = suivis.get(db);
  if (suivi) {
    suivi.encore = true;
    return suivi.enCours;
  }
  const nouveau: Suivi = { enCours: Promise.resolve(), encore: true };
  nouveau.enCours = (async () => {
    try {
      for (let occupe = 0, echecs = 0; nouveau.encore && occupe < 40; ) {
        nouveau.encore = false;
        let n: number | null;
        try {
          n = await appliquerCouvertureEnAttente(db);
          echecs = 0;
        } catch (error) {
          const raison = error instanceof Error ? error.message : String(error);
          const pause = REPRISES_MS[echecs];
          if (pause === undefined) {
            log(`Couverture : recalcul après enregistrement impossible pour l’instant (${raison}) ; repris au prochain enregistrement ou au prochain démarrage.`);
            return;
          }
          log(`Couverture : recalcul après enregistrement impossible (${raison}) ; nouvel essai dans ${pause / 1000} s.`);
          echecs += 1;
          nouveau.encore = true;
          await attendre(pause);
          continue;
        }
        if (n === null) {
          // Another process's refresh holds the lock: it takes what is waiting; look again shortly in case it missed ours.
          occupe += 1;
          nouveau.encore = true;
          await attendre(250);
        } else if (n > 0) {
          // Saves committed during this round: a pause first, so that a burst of saves is applied in a few rounds
          // rather than back to back on the cores its writers and readers need.
          if (nouveau.encore) await attendre(PAUSE_ENTRE_TOURS_MS);
          nouveau.encore = true;
        }
      }
    } finally {
      suivis.delete(db);
    }
  })();
  suivis.set(db, nouveau);
  return nouveau.enCours;
}

// The refresh under way in this process, if any (a stop waits for it; tests read the coverage after it).
export function couvertureAJour(db: Database): Promise<void> {
  return suivis.get(db)?.enCours ?? Promise.resolve();
}
