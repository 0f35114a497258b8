#!/usr/bin/env node
// `pnpm start`: build what is not built (or older than its sources), then serve API + dashboard.
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const targets = [
  { pkg: 'packages/shared', output: 'dist/index.js' },
  { pkg: 'packages/api', output: 'dist/main.js' },
  { pkg: 'packages/dashboard', output: 'dist/index.html' },
];

function newestMtime(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function isStale({ pkg, output }) {
  const out = path.join(root, pkg, output);
  if (!fs.existsSync(out)) return true;
  return newestMtime(path.join(root, pkg, 'src')) > fs.statSync(out).mtimeMs;
}

if (targets.some(isStale)) {
  console.log('Construction du projet (première fois ou sources modifiées)…');
  const build = spawnSync('pnpm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const child = spawn(process.execPath, [path.join(root, 'packages/api/dist/main.js')], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
