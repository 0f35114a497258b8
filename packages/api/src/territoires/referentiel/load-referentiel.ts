import type { DataSource } from 'typeorm';
import { normalizeSearch } from '@poles-ess/shared';
import { bulkInsert } from '../../common/bulk-insert';
import { buildReferentiel } from './build-referentiel';
import { readDecoupage } from './read-decoupage';
import { readFaitsTerritoires } from './read-faits-territoires';
import type { Referentiel } from './referentiel.types';

const TERRITOIRE_COLUMNS = {
  niveau: 'text',
  code: 'text',
  nom: 'text',
  nom_recherche: 'text',
  population: 'integer',
  population_annee: 'integer',
  population_source: 'text',
  zone: 'text',
};

const LIEN_COLUMNS = {
  niveau_membre: 'text',
  code_membre: 'text',
  niveau_parent: 'text',
  code_parent: 'text',
  date_debut: 'date',
  date_fin: 'date',
  source: 'text',
  confiance: 'text',
  note: 'text',
};

export function readReferentiel(): Referentiel {
  return buildReferentiel(readDecoupage(), readFaitsTerritoires());
}

// Replaces territories and their links in one transaction (geometry is built afterwards). The embedded
// PGlite inserts the ~180 000 links three times faster without their indexes and, when allowed (superuser),
// without per-row foreign-key checks: indexes are rebuilt and orphans counted once at the end instead.
export async function loadReferentiel(dataSource: DataSource, referentiel: Referentiel = readReferentiel()): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query('DELETE FROM territoire_lien');
    await manager.query('DELETE FROM territoire');
    await bulkInsert(
      manager,
      'territoire',
      TERRITOIRE_COLUMNS,
      referentiel.territoires.map((t) => ({ ...t, nom_recherche: normalizeSearch(t.nom) })),
    );
    const [role] = (await manager.query('SELECT rolsuper FROM pg_roles WHERE rolname = current_user')) as { rolsuper: boolean }[];
    const skipForeignKeys = role?.rolsuper === true;
    if (skipForeignKeys) await manager.query('SET LOCAL session_replication_role = replica');
    await manager.query('ALTER TABLE territoire_lien DROP CONSTRAINT territoire_lien_pkey');
    await manager.query('DROP INDEX territoire_lien_parent_idx');
    await bulkInsert(manager, 'territoire_lien', LIEN_COLUMNS, referentiel.liens as unknown as Record<string, unknown>[], 20000);
    await manager.query('ALTER TABLE territoire_lien ADD PRIMARY KEY (niveau_membre, code_membre, niveau_parent, code_parent)');
    await manager.query('CREATE INDEX territoire_lien_parent_idx ON territoire_lien (niveau_parent, code_parent, niveau_membre)');
    if (skipForeignKeys) {
      await manager.query('SET LOCAL session_replication_role = origin');
      const [orphans] = (await manager.query(
        `SELECT count(*)::int AS n FROM territoire_lien l
         WHERE NOT EXISTS (SELECT 1 FROM territoire t WHERE t.niveau = l.niveau_membre AND t.code = l.code_membre)
            OR NOT EXISTS (SELECT 1 FROM territoire t WHERE t.niveau = l.niveau_parent AND t.code = l.code_parent)`,
      )) as { n: number }[];
      if (orphans!.n > 0) throw new Error(`${orphans!.n} appartenance(s) vers un territoire inconnu`);
    }
  });
}
