'use strict';
// One autocannon run against one peer (programmatic API), reduced to the figures of the results table.
const autocannon = require('autocannon');
const { requestFor } = require('./http-client.cjs');

function runLoad({ target, port, scenario, context, connections, duration }) {
  const spec = requestFor(target, scenario, context);
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${port}${spec.path}`,
        method: spec.method,
        headers: spec.headers,
        body: spec.body,
        connections,
        duration,
        timeout: 30,
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          requestsPerSecond: result.requests.average,
          requests: result.requests.total,
          p50: result.latency.p50,
          p99: result.latency.p99,
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
        });
      },
    );
    // Bounded: autocannon stops itself after `duration`; this guards a hung peer.
    const guard = setTimeout(() => instance.stop(), (duration + 60) * 1000);
    instance.on('done', () => clearTimeout(guard));
  });
}

module.exports = { runLoad };
