import 'reflect-metadata';
import http from 'node:http';
import { openApp } from './app/open-app';
import { seedIfEmpty } from './app/seed-steps';
import { authenticateWithJetons } from './auth/jeton.service';
import { readEnv } from './config/env';
import { stopHttpServer } from './server/arret-http';
import { createApp } from './server/create-app';

async function main(): Promise<void> {
  const started = Date.now();
  const env = readEnv();
  const log = (message: string) => console.log(message);
  console.log(env.DATABASE_URL ? 'Base PostgreSQL (DATABASE_URL)' : `Base embarquée (PGlite + PostGIS) dans ${env.DATA_DIR}`);
  if (env.DATABASE_REPLICA_URLS.length > 0) console.log(`Lectures anonymes sur ${env.DATABASE_REPLICA_URLS.length} réplique(s) (DATABASE_REPLICA_URLS)`);
  const options = {
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    embeddedPort: env.EMBEDDED_PG_PORT,
    proprietaire: 'le serveur (pnpm start)',
    onStaleLock: log,
    poolSize: env.DATABASE_POOL_SIZE,
    writePoolSize: env.DATABASE_WRITE_POOL_SIZE,
    logSql: env.LOG_SQL,
    replicaUrls: env.DATABASE_REPLICA_URLS,
    replicaRetardMaxSecondes: env.REPLICA_RETARD_MAX_SECONDES,
  };
  const timeouts = { statementMs: env.DATABASE_STATEMENT_TIMEOUT_MS, lockMs: env.DATABASE_LOCK_TIMEOUT_MS };
  // Migrations and the first start's loads may run statements longer than a request's limit: they run first, on
  // connections that only bound lock waits; the requests' connections then get both limits (PostgreSQL server: the
  // embedded PGlite does not enforce them, so it is not reopened).
  let services = await openApp({ ...options, timeouts: { statementMs: 0, lockMs: timeouts.lockMs } }, log);
  await seedIfEmpty(services, log);
  if (env.DATABASE_URL) {
    await services.db.close();
    services = await openApp({ ...options, timeouts }, log);
  }

  const app = await createApp(services, {
    dashboardDist: env.DASHBOARD_DIST,
    authenticate: authenticateWithJetons(services.db),
    cacheReponsesSecondes: env.CACHE_REPONSES_SECONDES,
    anonymesEnCoursMax: env.REQUETES_ANONYMES_SIMULTANEES,
  });
  const server = http.createServer(app.handle);
  await new Promise<void>((resolve) => server.listen(env.PORT, env.HOST, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`Pôles ESS prêt en ${seconds} s : http://localhost:${port}/ (API : http://localhost:${port}/graphql)`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} reçu : arrêt en cours…`);
    app.beginShutdown();
    const { coupees } = await stopHttpServer(server, env.ARRET_DELAI_SECONDES * 1000);
    if (coupees) console.log(`Requêtes encore en cours après ${env.ARRET_DELAI_SECONDES} s : connexions coupées.`);
    await app.stop();
    await services.derivees.enCours(services.db);
    await services.db.close();
    // PGlite keeps handles open after close; the data is flushed, so exit now.
    console.log('Arrêté proprement.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('Échec du démarrage :', error instanceof Error ? error.message : error);
  process.exit(1);
});
