import type { SeedStep } from '../database/seed';
import { isCouvertureCommunesFresh, refreshCouvertureCommunes } from './couverture-communes.refresh';

// Each commune's distance to the nearest pole, read by couverture, comparer and classes: recomputed at start
// when poles or communes changed since (e.g. a database restored or edited by hand).
export const couvertureSeedStep: SeedStep = {
  name: 'couverture',
  isLoaded: (dataSource) => isCouvertureCommunesFresh(dataSource),
  async load(dataSource, log) {
    const n = await dataSource.transaction((manager) => refreshCouvertureCommunes(manager));
    log(`  distances au pôle le plus proche calculées pour ${n} communes`);
  },
};
