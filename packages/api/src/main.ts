import 'reflect-metadata';
import http from 'node:http';
import { readEnv } from './config/env';
import { migrateDatabase, openDatabase } from './database/open-database';
import { seedIfEmpty } from './database/seed';
import { createApp } from './server/create-app';
import { authenticateWithJetons } from './auth/jeton.service';

async function main(): Promise<void> {
  const started = Date.now();
  const env = readEnv();
  const database = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    embeddedPort: env.EMBEDDED_PG_PORT,
    poolSize: env.DATABASE_POOL_SIZE,
    logSql: env.LOG_SQL,
  });
  console.log(
    database.backend === 'EMBARQUE'
      ? `Base embarquée (PGlite + PostGIS) dans ${env.DATA_DIR}`
      : 'Base PostgreSQL (DATABASE_URL)',
  );
  const applied = await migrateDatabase(database.dataSource);
  if (applied.length > 0) console.log(`Migrations appliquées : ${applied.join(', ')}`);
  await seedIfEmpty(database.dataSource, (message) => console.log(message));

  const app = await createApp(
    { dataSource: database.dataSource, backend: database.backend },
    { dashboardDist: env.DASHBOARD_DIST, authenticate: authenticateWithJetons(database.dataSource), cacheReponsesSecondes: env.CACHE_REPONSES_SECONDES },
  );
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
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await app.stop();
    await database.close();
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
