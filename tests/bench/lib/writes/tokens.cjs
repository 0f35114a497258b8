'use strict';
// Editor tokens for the writers, made as an operator makes them: the API's CLI (`pnpm jetons:creer`, which prints
// the secret once), on the benchmark database; revoked the same way at the end.
const path = require('node:path');
const { execFile } = require('node:child_process');

const REPO = path.resolve(__dirname, '../../../..');

function cli(args, databaseUrl) {
  return new Promise((resolve, reject) => {
    execFile('pnpm', ['--silent', ...args], { cwd: REPO, env: { ...process.env, DATABASE_URL: databaseUrl }, timeout: 120_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`pnpm ${args.join(' ')} : ${String(stderr || error.message).trim().slice(-400)}`));
      else resolve(stdout);
    });
  });
}

// At most `parallel` CLI processes at once (each opens the database and checks its migrations).
async function inBatches(items, parallel, fn) {
  const results = [];
  for (let i = 0; i < items.length; i += parallel) results.push(...(await Promise.all(items.slice(i, i + parallel).map(fn))));
  return results;
}

async function createTokens(count, databaseUrl, label) {
  return inBatches([...Array(count).keys()], 5, async (i) => {
    const out = await cli(['jetons:creer', '--role', 'editeur', '--nom', `${label}, rédacteur ${i + 1}`], databaseUrl);
    const id = /id ([0-9a-f-]{36})/.exec(out)?.[1];
    const secret = /^(pess_\S+)$/m.exec(out)?.[1];
    if (!id || !secret) throw new Error(`jetons:creer : jeton introuvable dans la sortie : ${out.slice(0, 300)}`);
    return { id, secret };
  });
}

async function revokeTokens(tokens, databaseUrl) {
  await inBatches(tokens, 5, (token) => cli(['jetons:revoquer', '--id', token.id], databaseUrl));
}

module.exports = { createTokens, revokeTokens };
