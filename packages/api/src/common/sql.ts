import { Sql, empty, join, raw, type RawValue } from 'sql-template-tag';

// SQL is composed, never concatenated: each fragment carries its own parameters, and `text` numbers them ($1, $2…)
// once the statement is whole. Values are typed `unknown` (arrays, dates, JSON texts): pg serialises them.
export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  return new Sql(strings, values as RawValue[]);
}

export { Sql, empty, join, raw };
