import fs from 'node:fs';
import path from 'node:path';
import { formatErreurs } from '../common/csv/format-erreurs';
import { sql } from '../common/sql';
import type { SeedStep } from '../context';
import { importEmploiCsv } from './emploi-import.service';

// The project's own transcription of the facts file (every row, its source kept).
export const EMPLOI_SEED_FILE = path.resolve(__dirname, '../../data/emploi/emploi-ess.csv');

export const emploiSeedStep: SeedStep = {
  name: 'emploi',
  // A database seeded before the figures carried their address (source_url) gets the new rows and the typed
  // qualities of the old ones: the import upserts on the natural key, so nothing is duplicated.
  async isLoaded({ db }) {
    const [row] = await db.query<{ charge: boolean }>(sql`SELECT EXISTS (SELECT 1 FROM emploi_ess WHERE source_url IS NOT NULL) AS charge`);
    return row?.charge === true;
  },
  async load({ db }, log) {
    const resultat = await importEmploiCsv(db, fs.readFileSync(EMPLOI_SEED_FILE, 'utf8'));
    if (!resultat.ok) throw new Error(formatErreurs(resultat.erreurs));
    log(`  ${resultat.crees} chiffres de l'emploi ESS`);
  },
};
