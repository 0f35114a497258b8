// A CHECK constraint's expression from the list of allowed values (the list in @poles-ess/shared).
export function checkIn(column: string, values: readonly string[]): string {
  return `${column} IN (${values.map((v) => `'${v}'`).join(', ')})`;
}
