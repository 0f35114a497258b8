import type { DonneesDerivees } from '../context';
import type { Database } from '../database/database';
import { refreshCouvertureCommunes } from '../couverture/couverture-communes.refresh';
import { couvertureAJour, mettreCouvertureEnAttente, planifierCouverture } from '../couverture/couverture-en-attente';
import { readPolesCouverts } from '../couverture/couverture-poles.refresh';
import { recomputePoleTerritoires } from '../poles/recompute-pole-territoires';

// What follows a write on `db`. A pole save keeps, in its transaction, what it changed in the coverage; the coverage
// tables follow after its commit (nothing to do after a save that changed nothing there, a text edit). Outline writes
// also change which territories contain each pole.
export const donneesDerivees = (db: Database): DonneesDerivees => ({
  async avantEcriturePoles(tx, ids) {
    const avant = await readPolesCouverts(tx, ids);
    return async (ecrits) => {
      if ((await mettreCouvertureEnAttente(tx, avant, ecrits)) > 0) tx.apresCommit(() => void planifierCouverture(db));
    };
  },
  enCours: couvertureAJour,
  async apresEcriturePoles(tx) {
    await refreshCouvertureCommunes(tx);
  },
  async apresEcritureTerritoires(tx) {
    await recomputePoleTerritoires(tx);
    await refreshCouvertureCommunes(tx);
  },
});
