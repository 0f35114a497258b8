import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestEnvironment, type TestEnvironment } from '../test-support/test-environment';
import { stopHttpServer } from './arret-http';
import { createApp } from './create-app';

describe('probes for load balancers (/sante/vivant, /sante/pret)', () => {
  let env: TestEnvironment;

  beforeAll(async () => {
    env = await startTestEnvironment();
  });
  afterAll(() => env.close());

  it('answers JSON without authentication: alive, and ready once the database answers with every migration applied', async () => {
    const vivant = await fetch(`${env.server.url}/sante/vivant`);
    expect(vivant.status).toBe(200);
    expect(await vivant.json()).toMatchObject({ statut: 'vivant', pid: process.pid });
    const pret = await fetch(`${env.server.url}/sante/pret`);
    expect(pret.status).toBe(200);
    expect(pret.headers.get('content-type')).toContain('application/json');
    expect(await pret.json()).toMatchObject({ statut: 'pret', migrationsEnAttente: 0, repliques: [] });
  });

  it('is no longer ready once the shutdown has begun, while still alive', async () => {
    const app = await createApp(env.app, { dashboardDist: null });
    const server = http.createServer(app.handle);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    app.beginShutdown();
    expect((await fetch(`${url}/sante/pret`)).status).toBe(503);
    expect((await fetch(`${url}/sante/vivant`)).status).toBe(200);
    await stopHttpServer(server, 1000);
    await app.stop();
  });
});

describe('graceful stop of the HTTP server', () => {
  const start = async (handler: http.RequestListener) => {
    const server = http.createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
  };

  it('finishes the request in flight, refuses new connections meanwhile', async () => {
    const { server, url } = await start((_req, res) => setTimeout(() => res.end('fini'), 400));
    const enCours = fetch(url).then((r) => r.text());
    await new Promise((resolve) => setTimeout(resolve, 100));
    const arret = stopHttpServer(server, 5000);
    await expect(fetch(url)).rejects.toThrow();
    expect(await enCours).toBe('fini');
    expect(await arret).toEqual({ coupees: false });
  });

  it('cuts a request still running after the bound', async () => {
    const { server, url } = await start(() => undefined);
    const bloquee = fetch(url).then(
      () => 'réponse',
      () => 'coupée',
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const debut = Date.now();
    expect(await stopHttpServer(server, 300)).toEqual({ coupees: true });
    expect(Date.now() - debut).toBeLessThan(2000);
    expect(await bloquee).toBe('coupée');
  });
});
