import type { DonneesDerivees } from '../context';
import { refreshCouvertureCommunes } from '../couverture/couverture-communes.refresh';
import { couvertureAJour, mettreCouvertureEnAttente, planifierCouverture } from '../couverture/couverture-en-attente';
import { readPolesCouverts } from '../couverture/couverture-poles.refresh';
import { recomputePoleTerritoires } from '../poles/recompute-pole-territoires';

// What follows a write. A pole save keeps, in its transaction, what it changed in the coverage; the coverage tables
// follow after its commit (apresCommit). Outline writes also change which territories contain each pole.
export const DONNEES_DERIVEES: DonneesDerivees = {
  async avantEcriturePoles(tx, ids) {
    const avant = await readPolesCouverts(tx, ids);
    return async (ecrits) => {
      await mettreCouvertureEnAttente(tx, avant, ecrits);
    };
  },
  apresCommit(db) {
    void planifierCouverture(db);
  },
  enCours: couvertureAJour,
  async apresEcriturePoles(tx) {
    await refreshCouvertureCommunes(tx);
  },
  async apresEcritureTerritoires(tx) {
    await recomputePoleTerritoires(tx);
    await refreshCouvertureCommunes(tx);
  },
};
