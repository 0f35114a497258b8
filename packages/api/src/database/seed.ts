import type { DataSource } from 'typeorm';
import { territoiresSeedStep } from '../territoires/territoires.seed';
import { polesSeedStep } from '../poles/poles.seed';
import { emploiSeedStep } from '../emploi/emploi.seed';
import { couvertureSeedStep } from '../analyses/couverture.seed';

export type SeedLogger = (message: string) => void;

export interface SeedStep {
  name: string;
  // True when this step's data is already in the database.
  isLoaded(dataSource: DataSource): Promise<boolean>;
  load(dataSource: DataSource, log: SeedLogger): Promise<void>;
}

// Reference data, loaded in order when missing (territories before poles, poles before analyses).
export const SEED_STEPS: SeedStep[] = [
  territoiresSeedStep,
  polesSeedStep,
  emploiSeedStep,
  couvertureSeedStep,
];

export async function seedIfEmpty(dataSource: DataSource, log: SeedLogger): Promise<void> {
  let loaded = false;
  for (const step of SEED_STEPS) {
    if (await step.isLoaded(dataSource)) continue;
    loaded = true;
    const started = Date.now();
    log(`Chargement des données de référence : ${step.name}…`);
    await step.load(dataSource, log);
    log(`  ${step.name} chargé en ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  // Fresh statistics: without them the planner expects a handful of communes and picks slow plans. VACUUM also
  // marks the pages all-visible, which index-only scans (the territory search) need.
  if (loaded) await dataSource.query('VACUUM ANALYZE');
}
