'use strict';
// CPU time spent by a peer's server process and by PostgreSQL during one load run, per request: on this shared
// 2-core machine throughput moves with whatever else runs, CPU per request much less, and it says which side (the
// server or the database) a peer spends on. Linux only (/proc); elsewhere the figures are null.
const fs = require('node:fs');
const { execFileSync } = require('node:child_process');

let ticksPerSecond = null;
function clockTicks() {
  if (ticksPerSecond === null) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

// utime + stime of one process, in milliseconds (fields 14 and 15 of /proc/PID/stat, after the command name);
// with `children`, also cutime + cstime (16, 17): the time of its children that exited and were waited for.
function processCpuMs(pid, children = false) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]) + (children ? Number(fields[13]) + Number(fields[14]) : 0);
    return (ticks * 1000) / clockTicks();
  } catch {
    return null;
  }
}

// Every process named postgres (postmaster, backends of every pool), plus the postmaster's exited children (pools
// close idle connections during a run): the benchmark database is the only one at work.
function postgresCpuMs() {
  let total = 0;
  let found = false;
  let entries;
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return null;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== 'postgres') continue;
    } catch {
      continue;
    }
    // The postmaster is the postgres process whose parent is not a postgres process.
    const ms = processCpuMs(entry, !isPostgres(parentOf(entry)));
    if (ms !== null) {
      total += ms;
      found = true;
    }
  }
  return found ? total : null;
}

function parentOf(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1];
  } catch {
    return null;
  }
}

function isPostgres(pid) {
  try {
    return pid !== null && fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
  } catch {
    return false;
  }
}

function cpuSnapshot(pid) {
  return { serveur: processCpuMs(pid), postgres: postgresCpuMs() };
}

// Milliseconds of CPU per request between two snapshots.
function cpuPerRequest(before, after, requests) {
  const per = (key) => (before[key] == null || after[key] == null || !requests ? null : (after[key] - before[key]) / requests);
  return { cpuServeurMs: per('serveur'), cpuPostgresMs: per('postgres') };
}

// Waits until the peers' processes are quiet (under 5 % of a core over 250 ms), at most `timeoutMs`: a server still
// collecting the garbage of the previous heavy measurement (400 KB map layers at 50 connections) would otherwise
// slow whichever peer is measured next. Returns the milliseconds waited.
async function waitPeersQuiet(pids, timeoutMs) {
  const started = Date.now();
  const total = () => pids.reduce((sum, pid) => sum + (processCpuMs(pid) ?? 0), 0);
  let before = total();
  while (Date.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = total();
    if (now - before < 12.5) break;
    before = now;
  }
  return Date.now() - started;
}

module.exports = { cpuSnapshot, cpuPerRequest, waitPeersQuiet };
