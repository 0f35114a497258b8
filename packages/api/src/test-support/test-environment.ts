import { createTestDatabase, emptyTestDatabase, type TestApp } from './test-database';
import { startTestServer, type TestServer } from './test-server';

type Fixture = (app: TestApp) => Promise<void>;

export interface TestEnvironment {
  app: TestApp;
  server: TestServer;
  // Empties the database, loads `fixture` and starts a new server (fresh caches): what a test that writes calls first.
  reset(fixture?: Fixture): Promise<void>;
  close(): Promise<void>;
}

// A fresh database with what the tests read (`fixture`), and the real HTTP stack over it: one per file. Tests that
// write call reset() before each of them, so that none depends on another.
export async function startTestEnvironment(fixture: Fixture = async () => undefined, options: { cacheReponsesSecondes?: number } = {}): Promise<TestEnvironment> {
  const app = await createTestDatabase();
  try {
    await fixture(app);
    const env: TestEnvironment = {
      app,
      server: await startTestServer(app, options),
      async reset(nouvelle = fixture) {
        await env.server.close();
        await emptyTestDatabase(app);
        await nouvelle(app);
        env.server = await startTestServer(app, options);
      },
      async close() {
        await env.server.close();
        await app.close();
      },
    };
    return env;
  } catch (error) {
    await app.close();
    throw error;
  }
}
