import type { DataSource } from 'typeorm';
import type { SeedStep } from '../database/seed';
import { buildApproximateGeometry } from './geometrie/build-approximate-geometry';
import { loadReferentiel } from './referentiel/load-referentiel';
import { DECOUPAGE_SOURCE } from './referentiel/referentiel.types';

export const territoiresSeedStep: SeedStep = {
  name: 'territoires',
  async isLoaded(dataSource: DataSource) {
    const [row] = (await dataSource.query(`SELECT count(*)::int AS n FROM territoire WHERE niveau = 'FRANCE'`)) as { n: number }[];
    return (row?.n ?? 0) > 0;
  },
  async load(dataSource, log) {
    const started = Date.now();
    await loadReferentiel(dataSource);
    const referentielMs = Date.now() - started;
    log(`  territoires et appartenances : ${(referentielMs / 1000).toFixed(1)} s`);
    const geometrieStarted = Date.now();
    await buildApproximateGeometry(dataSource, log);
    // Fresh statistics for the planner, and no dead rows left by the geometry updates (PGlite has no autovacuum).
    await dataSource.query('VACUUM ANALYZE territoire, territoire_lien');
    await dataSource.query(
      'INSERT INTO territoire_chargement (source, duree_referentiel_ms, duree_geometrie_ms) VALUES ($1, $2, $3)',
      [DECOUPAGE_SOURCE, referentielMs, Date.now() - geometrieStarted],
    );
  },
};
