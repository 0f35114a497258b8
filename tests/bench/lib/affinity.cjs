'use strict';
// Keeps the load generator from favouring one peer: autocannon (this process) on one core, the servers under test and
// the benchmark database's PostgreSQL backends on the others, the same for every peer (taskset, util-linux). Without
// it, autocannon competes with the server it loads, and holds back most the peer that answers fastest.
const { execFileSync } = require('node:child_process');

// « 0-3,6 » → [0, 1, 2, 3, 6]
function parseCpuList(text) {
  return text
    .trim()
    .split(',')
    .flatMap((part) => {
      const [a, b] = part.split('-').map(Number);
      return b === undefined ? [a] : Array.from({ length: b - a + 1 }, (_, i) => a + i);
    });
}

function taskset(args) {
  return execFileSync('taskset', args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
}

// The cores this process may use, split: the first for the load generator, the others for what is measured.
function planAffinity(enabled) {
  if (!enabled) return { actif: false, raison: 'option --no-pin' };
  let cpus;
  try {
    cpus = parseCpuList(taskset(['-p', '-c', String(process.pid)]).split(':').pop());
  } catch {
    return { actif: false, raison: 'taskset absent (paquet util-linux)' };
  }
  if (cpus.length < 2) return { actif: false, raison: `un seul cœur disponible (${cpus.join(',')})` };
  return { actif: true, tous: cpus.join(','), charge: String(cpus[0]), serveurs: cpus.slice(1).join(','), erreurs: [] };
}

// Every thread of a process (Node's and libuv's), or a single-threaded PostgreSQL backend.
function pin(plan, pid, cpus, allThreads) {
  if (!plan.actif) return;
  try {
    taskset([...(allThreads ? ['-a'] : []), '-p', '-c', cpus, String(pid)]);
  } catch (error) {
    // A backend that has just exited cannot be pinned; anything else is reported with the results.
    if (plan.erreurs.length < 5 && !/No such process/i.test(String(error.stderr))) plan.erreurs.push(String(error.stderr || error.message).trim());
  }
}

function pinLoadGenerator(plan) {
  pin(plan, process.pid, plan.charge, true);
}

// The browser part gives Chromium (started by this process, whose affinity it inherits) every core: software
// WebGL on one core would measure the rendering, not the views; the servers stay pinned.
function unpinLoadGenerator(plan) {
  pin(plan, process.pid, plan.tous, true);
}

function pinServer(plan, pid) {
  pin(plan, pid, plan.serveurs, true);
}

// Backends are pinned once: pools keep their connections (idle timeout 0), so the same backends serve every run.
function createBackendPinner(plan) {
  const pinned = new Set();
  return (pids) => {
    for (const pid of pids) {
      if (pinned.has(pid)) continue;
      pin(plan, pid, plan.serveurs, false);
      pinned.add(pid);
    }
  };
}

function describeAffinity(plan) {
  return plan.actif
    ? `autocannon sur le cœur ${plan.charge}, serveurs et backends PostgreSQL de la base du banc sur ${plan.serveurs} (taskset)`
    : `sans épinglage (${plan.raison})`;
}

module.exports = { planAffinity, pinLoadGenerator, unpinLoadGenerator, pinServer, createBackendPinner, describeAffinity };
