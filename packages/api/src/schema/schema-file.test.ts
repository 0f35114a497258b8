import fs from 'node:fs';
import { printApiSchema } from './build-schema';
import { SCHEMA_FILE } from './emit-schema';

describe('schema.graphql', () => {
  it('is up to date with the resolvers (run `pnpm --filter @poles-ess/api schema:emit`)', () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(printApiSchema());
  });
});
