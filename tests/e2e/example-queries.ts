import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../support/start-product';

const DIR = path.join(REPO_ROOT, 'docs/requetes');

// The README's example queries, as the bundled IDE shows them (one tab each).
export function readExampleQuery(name: string): string {
  return fs.readFileSync(path.join(DIR, `${name}.graphql`), 'utf8');
}

export function listExampleQueries(): string[] {
  return fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => f.replace(/\.graphql$/, ''))
    .sort();
}
