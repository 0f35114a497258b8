import { analysesSeedStep } from '../analyses-territoriales/analyses.seed';
import { sql } from '../common/sql';
import type { AppServices, SeedLogger, SeedStep } from '../context';
import { couvertureSeedStep } from '../couverture/couverture.seed';
import { emploiSeedStep } from '../emploi/emploi.seed';
import { polesSeedStep } from '../poles/poles.seed';
import { territoiresSeedStep } from '../territoires/territoires.seed';
import { VERROU_DEMARRAGE } from './open-app';

// Reference data, loaded in order when missing (territories before poles, poles before the derived data).
export const SEED_STEPS: readonly SeedStep[] = [
  territoiresSeedStep,
  polesSeedStep,
  emploiSeedStep,
  couvertureSeedStep,
  analysesSeedStep,
];

// Loads, in order, the steps whose data is missing; each phase prints its duration. Under the start-up lock: of
// several instances started together, one loads, the others wait and then find every step loaded.
export function seedIfEmpty(services: AppServices, log: SeedLogger, steps: readonly SeedStep[] = SEED_STEPS): Promise<void> {
  return services.db.withAdvisoryLock(VERROU_DEMARRAGE, () => seedSteps(services, log, steps));
}

async function seedSteps(services: AppServices, log: SeedLogger, steps: readonly SeedStep[]): Promise<void> {
  let loaded = false;
  for (const step of steps) {
    if (await step.isLoaded(services)) continue;
    loaded = true;
    const started = Date.now();
    log(`Chargement des données de référence : ${step.name}…`);
    await step.load(services, log);
    log(`  ${step.name} chargé en ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  // Fresh statistics: without them the planner expects a handful of communes and picks slow plans. VACUUM also
  // marks the pages all-visible, which index-only scans (the territory search) need.
  if (loaded) await services.db.query(sql`VACUUM ANALYZE`);
}
