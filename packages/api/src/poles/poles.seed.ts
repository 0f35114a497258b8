import fs from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { SeedStep } from '../database/seed';
import { POLES_DATA_DIR } from './etude-chiffres';
import { importPolesCsv } from './import-poles';
import { formatImportReport } from './import-poles.command';

// The study's 39 fiches; positions come from the territories loaded by the step before (null when missing).
export const polesSeedStep: SeedStep = {
  name: 'poles',
  async isLoaded(dataSource: DataSource) {
    const [row] = (await dataSource.query('SELECT EXISTS (SELECT 1 FROM pole) AS ok')) as { ok: boolean }[];
    return Boolean(row?.ok);
  },
  async load(dataSource, log) {
    const text = fs.readFileSync(path.join(POLES_DATA_DIR, 'poles-etude.csv'), 'utf8');
    const report = await importPolesCsv(dataSource, text, {
      viewer: { role: 'admin', tokenId: null, nom: "chargement initial (fiches de l'étude)", codeRegion: null },
      codesInconnus: 'avertissement',
    });
    if (report.erreurs.length > 0) throw new Error(formatImportReport(report));
    log(`  ${formatImportReport(report)}`);
  },
};
