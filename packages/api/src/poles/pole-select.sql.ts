import { isPolePhysique } from '@poles-ess/shared';
import { sql } from '../common/sql';
import { selectColumns } from '../database/entity-columns';
import { Pole } from './pole.entity';

// Every column of `pole` (`p`), aliased to the entity's properties, the position as GeoJSON.
export const POLE_SELECT = sql`${selectColumns(Pole, 'p')}, ST_AsGeoJSON(p.position, 6)::json AS position`;

// Lists that only show a pole's name and status (the dashboard's nested lists, benchmark scenario 1) read these
// columns, not the ~45 of the fiche: reading, converting and sending the rest costs more than the query.
export const POLE_LIGHT_FIELDS = ['id', 'slug', 'nom', 'type', 'statut'] as const;
export const POLE_LIGHT_SELECT = selectColumns(Pole, 'p', POLE_LIGHT_FIELDS);

export type PoleRow = Omit<Pole, 'physique' | 'sources' | 'nomRecherche'>;

// The GraphQL fields computed from the columns (a light row only has the light fields: the others are not asked).
export function toPole(row: PoleRow): Pole {
  return {
    ...row,
    physique: isPolePhysique(row.type),
    sources: Object.entries(row.sourcesParChamp ?? {})
      .map(([champ, source]) => ({ champ, source }))
      .sort((a, b) => a.champ.localeCompare(b.champ)),
  } as Pole;
}
