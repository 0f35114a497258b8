#!/usr/bin/env node
// `pnpm start`: build what is not built (or older than its sources), then serve API + dashboard.
const { spawn } = require('node:child_process');
const path = require('node:path');
const { buildStale } = require('./build-stale.cjs');

const root = path.resolve(__dirname, '..');

const built = buildStale();
if (built !== 0) process.exit(built);

const child = spawn(process.execPath, [path.join(root, 'packages/api/dist/main.js')], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
