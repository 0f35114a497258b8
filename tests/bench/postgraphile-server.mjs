// PostGraphile 5 serving the benchmark database's `bench_pg` schema (views and functions created by the
// harness), the peer of issue 7. Run as a child process by run-bench.cjs; prints « READY <port> » when listening.
// Every statement sent to PostgreSQL (but session SETs) is counted (pg Client subclass) and served on GET /_bench/statements so
// that the harness can report statements per request without pg_stat_statements.
import http from 'node:http';
import pg from 'pg';
import { poolOptions } from './lib/pool-options.cjs';

// PostGraphile 5.1.5 asks for Node 22; on Node 20 this is the only missing API it uses.
if (typeof Promise.withResolvers !== 'function') {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

const { postgraphile } = await import('postgraphile');
const { PostGraphileAmberPreset } = await import('postgraphile/presets/amber');
const { makePgService } = await import('postgraphile/adaptors/pg');
const { grafserv } = await import('postgraphile/grafserv/node');

const connectionString = process.env.DATABASE_URL;
const port = Number(process.env.PORT ?? 0);
const poolSize = Number(process.env.POOL_SIZE);
if (!connectionString) throw new Error('DATABASE_URL manquant');
if (!Number.isInteger(poolSize) || poolSize < 1) throw new Error('POOL_SIZE manquant');

let statements = 0;
class CountingClient extends pg.Client {
  query(...args) {
    const text = String(typeof args[0] === 'string' ? args[0] : args[0]?.text);
    // Session settings PostGraphile sends on each checkout (« set jit_optimize_above_cost ») are not counted.
    if (!/^\s*set\s/i.test(text)) statements += 1;
    if (process.env.BENCH_LOG_SQL === '1') console.log(`SQL ${text.replace(/\s+/g, ' ').slice(0, 300)}`);
    return super.query(...args);
  }
}
const pool = new pg.Pool({ ...poolOptions(connectionString, poolSize), Client: CountingClient });

const preset = {
  extends: [PostGraphileAmberPreset],
  // No Relay global ids (our API has none); PostGraphile still names a column `id` « rowId »: aliased back.
  disablePlugins: ['NodePlugin'],
  pgServices: [makePgService({ pool, schemas: ['bench_pg'] })],
  grafserv: { graphqlPath: '/graphql', graphiql: false, dangerouslyAllowAllCORSRequests: false },
  grafast: { explain: false },
  schema: { pgForbidSetofFunctionsToReturnNull: true },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = http.createServer((req, res) => {
  if (req.url === '/_bench/statements') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ statements }));
    return;
  }
  handler(req, res);
});
const handler = serv.createHandler();
server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  console.log(`READY ${typeof address === 'object' && address ? address.port : port}`);
});

const stop = async () => {
  // Bounded: releasing PostGraphile can wait on its pool; the harness must not wait for it.
  setTimeout(() => process.exit(0), 2000).unref();
  server.closeAllConnections();
  server.close();
  await pgl.release().catch(() => undefined);
  await pool.end().catch(() => undefined);
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
