import type { Sql } from '../common/sql';
import { selectColumns } from '../database/entity-columns';
import { Territoire } from './territoire.entity';

// The GraphQL fields of a territory (`alias.column AS "property"`), for a table aliased `alias`.
export function territoireColumns(alias: string): Sql {
  return selectColumns(Territoire, alias);
}

export function territoireKey(t: { niveau: string; code: string }): string {
  return `${t.niveau}:${t.code}`;
}
