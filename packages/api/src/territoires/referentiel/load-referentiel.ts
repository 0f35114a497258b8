import { normalizeSearch } from '@poles-ess/shared';
import { sql } from '../../common/sql';
import { bulkInsert } from '../../database/bulk-insert';
import type { Database } from '../../database/database';
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
export async function loadReferentiel(db: Database, referentiel: Referentiel = readReferentiel()): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(sql`DELETE FROM territoire_lien`);
    await tx.query(sql`DELETE FROM territoire`);
    await bulkInsert(
      tx,
      'territoire',
      TERRITOIRE_COLUMNS,
      referentiel.territoires.map((t) => ({ ...t, nom_recherche: normalizeSearch(t.nom) })),
    );
    const [role] = (await tx.query(sql`SELECT rolsuper FROM pg_roles WHERE rolname = current_user`)) as { rolsuper: boolean }[];
    const skipForeignKeys = role?.rolsuper === true;
    if (skipForeignKeys) await tx.query(sql`SET LOCAL session_replication_role = replica`);
    await tx.query(sql`ALTER TABLE territoire_lien DROP CONSTRAINT territoire_lien_pkey`);
    await tx.query(sql`DROP INDEX territoire_lien_parent_idx`);
    await bulkInsert(tx, 'territoire_lien', LIEN_COLUMNS, referentiel.liens, 20000);
    await tx.query(sql`ALTER TABLE territoire_lien ADD PRIMARY KEY (niveau_membre, code_membre, niveau_parent, code_parent)`);
    await tx.query(sql`CREATE INDEX territoire_lien_parent_idx ON territoire_lien (niveau_parent, code_parent, niveau_membre)`);
    if (skipForeignKeys) {
      await tx.query(sql`SET LOCAL session_replication_role = origin`);
      const [orphans] = await tx.query<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM territoire_lien l
            WHERE NOT EXISTS (SELECT 1 FROM territoire t WHERE t.niveau = l.niveau_membre AND t.code = l.code_membre)
               OR NOT EXISTS (SELECT 1 FROM territoire t WHERE t.niveau = l.niveau_parent AND t.code = l.code_parent)`,
      );
      if (orphans!.n > 0) throw new Error(`${orphans!.n} appartenance(s) vers un territoire inconnu`);
    }
  });
}
