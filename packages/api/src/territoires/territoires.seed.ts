import { sql } from '../common/sql';
import type { Database } from '../database/database';
import type { SeedStep } from '../context';
import { loadContoursOfficiels } from './contours-officiels/load-contours-officiels';
import { loadReferentiel } from './referentiel/load-referentiel';
import { DECOUPAGE_SOURCE } from './referentiel/referentiel.types';

async function hasFrance(db: Database, withGeometry: boolean): Promise<boolean> {
  const rows = await db.query(sql`SELECT 1 FROM territoire WHERE niveau = 'FRANCE' AND (${withGeometry}::boolean = false OR geom IS NOT NULL)`);
  return rows.length > 0;
}

// The outlines are written in one transaction: without France's, the geometry build did not finish
// (interrupted start) and is run again, without reloading the territories other data may already point to.
export const territoiresSeedStep: SeedStep = {
  name: 'territoires',
  isLoaded: ({ db }) => hasFrance(db, true),
  async load({ db }, log) {
    const started = Date.now();
    let referentielMs = 0;
    if (!(await hasFrance(db, false))) {
      await loadReferentiel(db);
      referentielMs = Date.now() - started;
      log(`  territoires et appartenances : ${(referentielMs / 1000).toFixed(1)} s`);
    }
    const geometrieStarted = Date.now();
    await db.transaction((tx) => loadContoursOfficiels(tx, log));
    // Fresh statistics for the planner, no dead rows left by the geometry updates, the trigram index's pending
    // entries merged (PGlite has no autovacuum).
    await db.query(sql`VACUUM ANALYZE territoire, territoire_lien, territoire_recherche`);
    await db.query(
      sql`INSERT INTO territoire_chargement (source, duree_referentiel_ms, duree_geometrie_ms)
          VALUES (${DECOUPAGE_SOURCE}, ${referentielMs}, ${Date.now() - geometrieStarted})`,
    );
  },
};
