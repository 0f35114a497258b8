'use strict';
// One autocannon run (programmatic API, in this process: the load generator), reduced to the figures of the results
// table, with the load generator's own CPU time.
const autocannon = require('autocannon');

// `spec`: { method, path, headers, body }. `duration` in seconds, or `amount` requests. Returns { done, stop }: `done`
// resolves with the figures; `stop()` ends a run early (the writes phase stops its reads when the writers finish).
function startLoad({ port, spec, connections, duration, amount, verifyBody }) {
  const cpuBefore = process.cpuUsage();
  const started = Date.now();
  let instance;
  const done = new Promise((resolve, reject) => {
    instance = autocannon(
      {
        url: `http://127.0.0.1:${port}${spec.path}`,
        method: spec.method,
        headers: spec.headers,
        body: spec.body,
        connections,
        ...(amount ? { amount } : { duration }),
        timeout: 30,
        ...(verifyBody ? { verifyBody } : {}),
      },
      (error, result) => {
        if (error) return reject(error);
        const cpu = process.cpuUsage(cpuBefore);
        const elapsedMs = Date.now() - started;
        // Over the run's own duration (also right for a run stopped early or bounded by `amount`).
        const seconds = result.duration || elapsedMs / 1000;
        resolve({
          requestsPerSecond: result.requests.total / seconds,
          requests: result.requests.total,
          p50: result.latency.p50,
          p99: result.latency.p99,
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
          // The load generator (this process): milliseconds of CPU per request, and share of one core.
          cpuChargeMs: result.requests.total ? (cpu.user + cpu.system) / 1000 / result.requests.total : null,
          chargeCoeur: (cpu.user + cpu.system) / 1000 / elapsedMs,
        });
      },
    );
  });
  // Bounded: autocannon stops itself after `duration`; this guards a hung peer.
  const guard = duration ? setTimeout(() => instance.stop(), (duration + 60) * 1000) : null;
  done.finally(() => clearTimeout(guard)).catch(() => undefined);
  return { done, stop: () => instance.stop() };
}

module.exports = { startLoad };
