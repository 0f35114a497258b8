import type { DonneesDerivees } from '../context';
import { refreshCouvertureCommunes } from '../couverture/couverture-communes.refresh';
import { readPolesCouverts, refreshCouverturePoles } from '../couverture/couverture-poles.refresh';
import { recomputePoleTerritoires } from '../poles/recompute-pole-territoires';

// What follows a write, in the writer's transaction: pole writes change the coverage distances; outline writes also
// change which territories contain each pole.
export const DONNEES_DERIVEES: DonneesDerivees = {
  async avantEcriturePoles(tx, ids) {
    const avant = await readPolesCouverts(tx, ids);
    return (ecrits) => refreshCouverturePoles(tx, avant, ecrits);
  },
  async apresEcriturePoles(tx) {
    await refreshCouvertureCommunes(tx);
  },
  async apresEcritureTerritoires(tx) {
    await recomputePoleTerritoires(tx);
    await refreshCouvertureCommunes(tx);
  },
};
