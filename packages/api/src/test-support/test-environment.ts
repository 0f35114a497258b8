import { createTestDatabase, type TestApp } from './test-database';
import { startTestServer, type TestServer } from './test-server';

export interface TestEnvironment {
  app: TestApp;
  server: TestServer;
  close(): Promise<void>;
}

// A fresh database with what the test reads (`fixture`), and the real HTTP stack over it: one per file for tests
// that only read, one per test for tests that write.
export async function startTestEnvironment(
  fixture: (app: TestApp) => Promise<void> = async () => undefined,
  options: { cacheReponsesSecondes?: number } = {},
): Promise<TestEnvironment> {
  const app = await createTestDatabase();
  try {
    await fixture(app);
    const server = await startTestServer(app, options);
    return {
      app,
      server,
      async close() {
        await server.close();
        await app.close();
      },
    };
  } catch (error) {
    await app.close();
    throw error;
  }
}
