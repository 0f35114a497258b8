import type { SeedStep } from '../context';
import { refreshCouvertureCommunes } from './couverture-communes.refresh';
import { planifierCouverture } from './couverture-en-attente';
import { isCouvertureCommunesFresh } from './couverture-signature.sql';

// Each commune's distance to the nearest pole, read by couverture, comparer and classes: recomputed at start
// when poles or communes changed since (e.g. a database restored or edited by hand). Saves whose refresh had not run
// (a stop right after them) are applied first.
export const couvertureSeedStep: SeedStep = {
  name: 'couverture',
  async isLoaded({ db }) {
    await planifierCouverture(db);
    return isCouvertureCommunesFresh(db);
  },
  async load({ db }, log) {
    const n = await db.transaction((tx) => refreshCouvertureCommunes(tx));
    log(`  distances au pôle le plus proche calculées pour ${n} communes`);
  },
};
