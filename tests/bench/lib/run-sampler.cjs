'use strict';
// What one load run costs outside the load generator, sampled from /proc while it runs:
// - PostgreSQL CPU: only the backends of the benchmark database (command line « postgres: <user> <database> … ») and
//   the parallel workers they start, not the server's other databases nor its background processes. A process seen
//   for the first time during the run counts from zero; the last ~250 ms of a parallel worker that exits between two
//   samples are missed.
// - the server's peak resident memory: its high-water mark (VmHWM, reset before the run through clear_refs) and the
//   largest VmRSS sampled, whichever is higher.
const fs = require('node:fs');
const { processCpuMs } = require('./cpu.cjs');

const SAMPLE_MS = 250;

function readText(file) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Backends of `database` (but `exclude`, e.g. the harness's own monitoring connection), and parallel workers of them.
function listBenchBackends(database, exclude = new Set()) {
  const backend = new RegExp(`^postgres: (?:.*?: )?\\S+ ${escapeRegExp(database)} `);
  const backends = [];
  const workers = [];
  let entries;
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return null;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry) || readText(`/proc/${entry}/comm`)?.trim() !== 'postgres') continue;
    const cmdline = readText(`/proc/${entry}/cmdline`)?.replace(/\0/g, ' ') ?? '';
    const pid = Number(entry);
    if (backend.test(cmdline)) {
      if (!exclude.has(pid)) backends.push(pid);
      continue;
    }
    const leader = /parallel worker for PID (\d+)/.exec(cmdline);
    if (leader) workers.push({ pid, leader: Number(leader[1]) });
  }
  const ours = new Set(backends);
  return [...backends, ...workers.filter((w) => ours.has(w.leader)).map((w) => w.pid)];
}

function statusKb(pid, field) {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readText(`/proc/${pid}/status`) ?? '');
  return match ? Number(match[1]) : null;
}

function resetPeakRss(pid) {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

// Starts sampling; `stop()` returns { postgresMs, serveurMs, rssPeakKb, backends }.
function startRunSampler({ database, exclude, serverPid }) {
  if (listBenchBackends(database, exclude) === null) {
    return { stop: () => ({ postgresMs: null, serveurMs: null, rssPeakKb: null, backends: null }) };
  }
  const first = new Map();
  const last = new Map();
  const serverBefore = processCpuMs(serverPid);
  const hwmReset = resetPeakRss(serverPid);
  let rssMax = statusKb(serverPid, 'VmRSS') ?? 0;
  const sample = (initial) => {
    for (const pid of listBenchBackends(database, exclude) ?? []) {
      const ms = processCpuMs(pid);
      if (ms === null) continue;
      if (!first.has(pid)) first.set(pid, initial ? ms : 0);
      last.set(pid, ms);
    }
    rssMax = Math.max(rssMax, statusKb(serverPid, 'VmRSS') ?? 0);
  };
  sample(true);
  const timer = setInterval(() => sample(false), SAMPLE_MS);
  return {
    stop() {
      clearInterval(timer);
      sample(false);
      let postgresMs = 0;
      for (const [pid, ms] of last) postgresMs += ms - first.get(pid);
      const serverAfter = processCpuMs(serverPid);
      const hwm = hwmReset ? statusKb(serverPid, 'VmHWM') : null;
      return {
        postgresMs,
        serveurMs: serverBefore === null || serverAfter === null ? null : serverAfter - serverBefore,
        rssPeakKb: Math.max(rssMax, hwm ?? 0) || null,
        backends: last.size,
      };
    },
  };
}

module.exports = { startRunSampler, listBenchBackends };
