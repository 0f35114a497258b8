import { raw, sql } from '../common/sql';
import { entityColumns } from '../database/entity-columns';
import type { Executor } from '../database/executor';
import { EmploiEss } from './emploi-ess.entity';
import type { EmploiLigne } from './emploi-csv.parser';

// The columns an import writes: every column of the entity but the key and the import date.
const COLONNES = entityColumns(EmploiEss).filter((c) => c.property !== 'id' && c.property !== 'importeLe');
// The natural key (constraint emploi_ess_cle).
const CLE = ['niveau', 'code', 'annee', 'source', 'denominateur_libelle', 'champ'];

export interface ResultatImport {
  crees: number;
  misAJour: number;
}

// One statement: every line inserted or updated on its natural key, so re-importing a file changes nothing.
export async function upsertEmplois(db: Executor, lignes: EmploiLigne[]): Promise<ResultatImport> {
  if (lignes.length === 0) return { crees: 0, misAJour: 0 };
  const json = lignes.map((l) => Object.fromEntries(COLONNES.map((c) => [c.column, l[c.property as keyof EmploiLigne]])));
  const noms = raw(COLONNES.map((c) => c.column).join(', '));
  const definition = raw(COLONNES.map((c) => `${c.column} ${c.type}`).join(', '));
  const misesAJour = raw(COLONNES.filter((c) => !CLE.includes(c.column)).map((c) => `${c.column} = EXCLUDED.${c.column}`).join(', '));
  const rows = await db.query<{ cree: boolean }>(
    sql`INSERT INTO emploi_ess (${noms})
        SELECT ${noms} FROM jsonb_to_recordset(${JSON.stringify(json)}::jsonb) AS r(${definition})
        ON CONFLICT ON CONSTRAINT emploi_ess_cle DO UPDATE SET ${misesAJour}, importe_le = now()
        RETURNING (xmax = 0) AS cree`,
  );
  const crees = rows.filter((r) => r.cree).length;
  return { crees, misAJour: rows.length - crees };
}
