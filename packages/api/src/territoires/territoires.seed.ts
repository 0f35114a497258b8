import type { DataSource } from 'typeorm';
import type { SeedStep } from '../database/seed';
import { buildApproximateGeometry } from './geometrie/build-approximate-geometry';
import { loadReferentiel } from './referentiel/load-referentiel';
import { DECOUPAGE_SOURCE } from './referentiel/referentiel.types';

async function hasFrance(dataSource: DataSource, withGeometry: boolean): Promise<boolean> {
  const rows = (await dataSource.query(
    `SELECT 1 FROM territoire WHERE niveau = 'FRANCE' AND ($1::boolean = false OR geom IS NOT NULL)`,
    [withGeometry],
  )) as unknown[];
  return rows.length > 0;
}

// France gets its outline last (union of the départements): without it, the geometry build did not finish
// (interrupted start) and is run again, without reloading the territories other data may already point to.
export const territoiresSeedStep: SeedStep = {
  name: 'territoires',
  isLoaded: (dataSource) => hasFrance(dataSource, true),
  async load(dataSource, log) {
    const started = Date.now();
    let referentielMs = 0;
    if (!(await hasFrance(dataSource, false))) {
      await loadReferentiel(dataSource);
      referentielMs = Date.now() - started;
      log(`  territoires et appartenances : ${(referentielMs / 1000).toFixed(1)} s`);
    }
    const geometrieStarted = Date.now();
    await buildApproximateGeometry(dataSource, log);
    // Fresh statistics for the planner, no dead rows left by the geometry updates, the trigram index's pending
    // entries merged (PGlite has no autovacuum).
    await dataSource.query('VACUUM ANALYZE territoire, territoire_lien, territoire_recherche');
    await dataSource.query(
      'INSERT INTO territoire_chargement (source, duree_referentiel_ms, duree_geometrie_ms) VALUES ($1, $2, $3)',
      [DECOUPAGE_SOURCE, referentielMs, Date.now() - geometrieStarted],
    );
  },
};
