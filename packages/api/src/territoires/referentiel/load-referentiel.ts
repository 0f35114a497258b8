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

// Replaces territories and their links in one transaction (geometry is built afterwards).
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
    await bulkInsert(manager, 'territoire_lien', LIEN_COLUMNS, referentiel.liens as unknown as Record<string, unknown>[], 20000);
  });
}
