import type { DataSource } from 'typeorm';
import type { SeedStep } from '../database/seed';
import { loadReferentiel } from './referentiel/load-referentiel';

export const territoiresSeedStep: SeedStep = {
  name: 'territoires',
  async isLoaded(dataSource: DataSource) {
    const [row] = (await dataSource.query(`SELECT count(*)::int AS n FROM territoire WHERE niveau = 'FRANCE'`)) as { n: number }[];
    return (row?.n ?? 0) > 0;
  },
  async load(dataSource, log) {
    const started = Date.now();
    await loadReferentiel(dataSource);
    log(`  territoires et appartenances : ${((Date.now() - started) / 1000).toFixed(1)} s`);
  },
};
