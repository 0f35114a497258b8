import fs from 'node:fs';
import path from 'node:path';
import { sql } from '../common/sql';
import type { AppServices, SeedStep } from '../context';
import { POLES_DATA_DIR } from './etude-chiffres';
import { formatImportReport, importPolesCsv } from './import-poles';
import { recomputePoleTerritoires } from './recompute-pole-territoires';

// Derived positions still unknown although their territory now has a centre (territories loaded later).
async function readState({ db }: AppServices): Promise<{ charge: boolean; perime: boolean }> {
  const [row] = await db.query<{ charge: boolean; perime: boolean }>(sql`
    SELECT EXISTS (SELECT 1 FROM pole) AS charge,
      EXISTS (
        SELECT 1 FROM pole p WHERE p.position_derivee AND p.position IS NULL AND (
          EXISTS (SELECT 1 FROM territoire t WHERE t.niveau = 'COMMUNE' AND t.code = p.code_commune_siege AND t.centre IS NOT NULL)
          OR EXISTS (SELECT 1 FROM pole_territoire_action a JOIN territoire t ON t.niveau = a.niveau AND t.code = a.code
                     WHERE a.pole_id = p.id AND t.centre IS NOT NULL))
      ) AS perime`);
  return { charge: Boolean(row?.charge), perime: Boolean(row?.perime) };
}

// The study's 39 fiches; positions come from the territories loaded before (and are recomputed at a later
// start if the territories' centres arrived after the poles).
export const polesSeedStep: SeedStep = {
  name: 'poles',
  async isLoaded(services) {
    const state = await readState(services);
    return state.charge && !state.perime;
  },
  async load(services, log) {
    if ((await readState(services)).charge) {
      await services.db.transaction((tx) => recomputePoleTerritoires(tx));
      log('  positions et territoires des pôles recalculés');
      return;
    }
    const text = fs.readFileSync(path.join(POLES_DATA_DIR, 'poles-etude.csv'), 'utf8');
    const report = await importPolesCsv(services, text, {
      viewer: { role: 'admin', jetonId: null, nom: "chargement initial (fiches de l'étude)", codeRegion: null },
      codesInconnus: 'avertissement',
    });
    if (report.erreurs.length > 0) throw new Error(formatImportReport(report));
    log(`  ${formatImportReport(report)}`);
  },
};
