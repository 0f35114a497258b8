import fs from 'node:fs';
import path from 'node:path';
import { printApiSchema } from './build-schema';

export const SCHEMA_FILE = path.resolve(__dirname, '../../schema.graphql');

if (require.main === module) {
  fs.writeFileSync(SCHEMA_FILE, printApiSchema());
  console.log(`Schéma écrit dans ${SCHEMA_FILE}`);
}
