import type { Server } from 'node:http';

// Graceful stop of an HTTP server: stop accepting (a load balancer then sends new requests to the other instances),
// let the requests in flight finish within `delaiMs`, then cut what is left. Keep-alive connections are closed as
// soon as they are idle, so that no new request arrives on them.
export async function stopHttpServer(server: Server, delaiMs: number): Promise<{ coupees: boolean }> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const idle = setInterval(() => server.closeIdleConnections(), 50);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'delai'>((resolve) => {
    timer = setTimeout(() => resolve('delai'), delaiMs);
  });
  try {
    const outcome = await Promise.race([closed.then(() => 'fini' as const), deadline]);
    if (outcome === 'fini') return { coupees: false };
    server.closeAllConnections();
    await closed;
    return { coupees: true };
  } finally {
    clearInterval(idle);
    clearTimeout(timer);
  }
}
