import { Sql, empty, join, raw, type RawValue } from 'sql-template-tag';

// SQL is composed, never concatenated: each fragment carries its own parameters, and `text` numbers them ($1, $2…)
// once the statement is whole. Values are typed `unknown` (arrays, dates, JSON texts): pg serialises them.
export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  return new Sql(strings, values as RawValue[]);
}

export { Sql, empty, join, raw };

// Parallel arrays as rows, in one parameter per column: `unnest($1::text[], $2::float8[]) AS u(code, distance)` from
// [name, SQL type, values] (the names and types are the code's, never a client's).
export function unnestColonnes(colonnes: readonly (readonly [string, string, unknown])[]): Sql {
  return sql`unnest(${join(colonnes.map(([, type, valeurs]) => sql`${valeurs}::${raw(type)}[]`))}) AS u(${raw(colonnes.map(([nom]) => nom).join(', '))})`;
}
