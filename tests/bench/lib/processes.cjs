'use strict';
// Child processes of the harness (our API, PostGraphile, the raw-SQL server): started with a bounded wait
// for their « ready » line, and always stopped, also when the harness fails or is interrupted.
const { spawn } = require('node:child_process');

const children = new Set();

function startProcess({ name, command, args, env, cwd, readyPattern, timeoutMs }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    let output = '';
    let settled = false;
    const finish = (error, port) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) {
        stopProcess(child).finally(() => reject(error));
      } else {
        resolve({ name, child, port, log: () => output });
      }
    };
    const timer = setTimeout(
      () => finish(new Error(`${name} : pas prêt après ${timeoutMs / 1000} s\n${tail(output)}`)),
      timeoutMs,
    );
    const onData = (chunk) => {
      output += chunk.toString();
      if (output.length > 200_000) output = output.slice(-100_000);
      const match = readyPattern.exec(output);
      if (match) finish(null, Number(match[1]));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (error) => finish(new Error(`${name} : ${error.message}`)));
    child.on('exit', (code, signal) => {
      children.delete(child);
      finish(new Error(`${name} s'est arrêté (code ${code}, signal ${signal})\n${tail(output)}`));
    });
  });
}

function tail(text) {
  return text.split('\n').slice(-30).join('\n');
}

function stopProcess(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      children.delete(child);
      resolve();
      return;
    }
    const kill = setTimeout(() => child.kill('SIGKILL'), 8000);
    child.once('exit', () => {
      clearTimeout(kill);
      children.delete(child);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function stopAll() {
  await Promise.all([...children].map((child) => stopProcess(child)));
}

// Last resort on process exit: synchronous kill of whatever is left.
process.on('exit', () => {
  for (const child of children) {
    try {
      child.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
});

module.exports = { startProcess, stopProcess, stopAll };
