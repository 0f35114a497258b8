import { getMetadataArgsStorage } from 'typeorm';
import { snakeCase } from 'typeorm/util/StringUtils';
import { raw, type Sql } from '../common/sql';

export interface EntityColumn {
  // The property of the entity (and the GraphQL field when the class is also a GraphQL type).
  property: string;
  // The column of the table (SnakeNamingStrategy: the property in snake_case unless named).
  column: string;
  type: string;
  array: boolean;
  nullable: boolean;
  // False for columns read only where needed (TypeORM's `select: false`: search keys, secrets).
  select: boolean;
}

// Decorators have all run once an entity's module is loaded: its columns never change afterwards, and select lists
// are built on the request path (a fiche reads the territories' columns for each request).
const COLONNES = new WeakMap<Function, EntityColumn[]>();
const SELECTS = new WeakMap<Function, Map<string, Sql>>();

// The columns an entity declares, in declaration order: what select lists, writes and imports derive from.
export function entityColumns(entity: Function): EntityColumn[] {
  const connues = COLONNES.get(entity);
  if (connues) return connues;
  const colonnes = getMetadataArgsStorage()
    .filterColumns(entity)
    .map((c) => ({
      property: c.propertyName,
      column: c.options.name ?? snakeCase(c.propertyName),
      type: String(c.options.type),
      array: c.options.array === true,
      nullable: c.options.nullable === true,
      select: c.options.select !== false,
    }));
  COLONNES.set(entity, colonnes);
  return colonnes;
}

// `alias.column AS "property", …` for the selected non-spatial columns of an entity (spatial ones are read as GeoJSON
// by the statements that need them), or for the listed properties only.
export function selectColumns(entity: Function, alias: string, only?: readonly string[]): Sql {
  const cle = `${alias}|${only?.join(',') ?? '*'}`;
  let parEntite = SELECTS.get(entity);
  if (!parEntite) SELECTS.set(entity, (parEntite = new Map<string, Sql>()));
  const connu = parEntite.get(cle);
  if (connu) return connu;
  const columns = entityColumns(entity).filter((c) => (only ? only.includes(c.property) : c.select && c.type !== 'geometry'));
  const select = raw(columns.map((c) => (c.column === c.property ? `${alias}.${c.column}` : `${alias}.${c.column} AS "${c.property}"`)).join(', '));
  parEntite.set(cle, select);
  return select;
}
