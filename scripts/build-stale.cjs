#!/usr/bin/env node
// Builds the packages whose output is missing or older than what it is built from (sources, the packages it
// depends on, the committed GraphQL schema for the dashboard's types): `pnpm start` and `pnpm test` call it, so that
// an unchanged package is not rebuilt.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');

const PACKAGES = [
  { name: '@poles-ess/shared', output: 'packages/shared/dist/index.js', inputs: ['packages/shared/src', 'packages/shared/tsconfig.json'] },
  {
    name: '@poles-ess/api',
    output: 'packages/api/dist/main.js',
    inputs: ['packages/api/src', 'packages/api/tsconfig.json', 'packages/api/tsconfig.build.json', 'packages/shared/src'],
  },
  {
    name: '@poles-ess/dashboard',
    output: 'packages/dashboard/dist/index.html',
    inputs: [
      'packages/dashboard/src',
      'packages/dashboard/index.html',
      'packages/dashboard/ide.html',
      'packages/dashboard/vite.config.ts',
      'packages/dashboard/codegen.ts',
      'packages/api/schema.graphql',
      'packages/shared/src',
      'docs/requetes',
    ],
  },
];

// The newest modification time under a file or folder (generated files included: they are rebuilt with the package).
function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

function isStale({ output, inputs }) {
  const out = path.join(root, output);
  if (!fs.existsSync(out)) return true;
  const built = fs.statSync(out).mtimeMs;
  return inputs.some((input) => newestMtime(path.join(root, input)) > built);
}

// `only`: package names to consider (all by default), e.g. the typecheck needs only @poles-ess/shared's types.
function buildStale(only = []) {
  const stale = PACKAGES.filter((pkg) => (only.length === 0 || only.includes(pkg.name)) && isStale(pkg));
  if (stale.length === 0) {
    console.log('Construction : rien à reconstruire.');
    return 0;
  }
  for (const pkg of stale) {
    console.log(`Construction de ${pkg.name}…`);
    const result = spawnSync('pnpm', ['--filter', pkg.name, 'run', 'build'], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) return result.status ?? 1;
  }
  return 0;
}

module.exports = { buildStale };

if (require.main === module) process.exit(buildStale(process.argv.slice(2)));
