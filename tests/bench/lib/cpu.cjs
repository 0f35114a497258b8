'use strict';
// CPU time of processes, read in /proc (Linux only; elsewhere the figures are null): on this shared 2-core machine
// throughput moves with whatever else runs, CPU per request much less, and it says which side (the server or the
// database) a peer spends on.
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

// utime + stime of one process, in milliseconds (fields 14 and 15 of /proc/PID/stat, after the command name).
function processCpuMs(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks();
  } catch {
    return null;
  }
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

module.exports = { processCpuMs, waitPeersQuiet };
