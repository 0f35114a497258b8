import fs from 'node:fs';
import path from 'node:path';
import type { SeedStep } from '../database/seed';
import { formatErreurs, importEmploiCsv } from './emploi-import.service';

// The project's own transcription of the facts file (every row, its source kept).
export const EMPLOI_SEED_FILE = path.resolve(__dirname, '../../data/emploi/emploi-ess.csv');

export const emploiSeedStep: SeedStep = {
  name: 'emploi',
  async isLoaded(dataSource) {
    const [row] = (await dataSource.query('SELECT EXISTS (SELECT 1 FROM emploi_ess) AS charge')) as { charge: boolean }[];
    return row?.charge === true;
  },
  async load(dataSource, log) {
    const resultat = await importEmploiCsv(dataSource, fs.readFileSync(EMPLOI_SEED_FILE, 'utf8'));
    if (!resultat.ok) throw new Error(formatErreurs(resultat.erreurs));
    log(`  ${resultat.crees} chiffres de l'emploi ESS`);
  },
};
