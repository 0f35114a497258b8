import { normalizeSearch } from '@poles-ess/shared';
import { raw, sql, type Sql } from '../common/sql';
import { entityColumns, type EntityColumn } from '../database/entity-columns';
import { CHAMPS_FICHE } from './champ-fiche.decorator';
import type { PoleDonnees } from './pole-donnees.schema';
import { Pole } from './pole.entity';

export interface Assignment {
  column: string;
  value: Sql;
}

const COLUMNS = new Map(entityColumns(Pole).map((c) => [c.property, c]));

// A value as its column's type takes it (arrays without duplicates, JSON as text).
function columnValue(column: EntityColumn, value: unknown): Sql {
  if (column.array) return sql`${[...new Set(value as unknown[])]}::${raw(column.type)}[]`;
  if (column.type === 'jsonb') return sql`${JSON.stringify(value)}::jsonb`;
  return sql`${value}`;
}

// The position and what goes with it: an explicit point and its precision (ADRESSE by default), or none, then
// derived from the seat commune or the territory of action (recompute-pole-territoires.ts).
function positionAssignments(donnees: PoleDonnees): Assignment[] {
  const position = donnees.position;
  if (position === undefined) return [];
  if (position === null) return [{ column: 'position_derivee', value: sql`true` }];
  return [
    { column: 'position', value: sql`ST_SetSRID(ST_MakePoint(${position.lon}, ${position.lat}), 4326)` },
    { column: 'precision_position', value: sql`${donnees.precisionPosition ?? 'ADRESSE'}` },
    { column: 'position_derivee', value: sql`false` },
  ];
}

// The columns a write sets: every fiche field given (pole.entity.ts), the position, the search key.
export function buildAssignments(donnees: PoleDonnees, texteRecherche: string): Assignment[] {
  const valeurs = donnees as Record<string, unknown>;
  const assignments = CHAMPS_FICHE.flatMap(({ property }) => {
    const column = COLUMNS.get(property)!;
    if (valeurs[property] === undefined || column.type === 'geometry' || property === 'precisionPosition') return [];
    return [{ column: column.column, value: columnValue(column, valeurs[property]) }];
  });
  return [...assignments, ...positionAssignments(donnees), { column: 'nom_recherche', value: sql`${normalizeSearch(texteRecherche)}` }];
}
