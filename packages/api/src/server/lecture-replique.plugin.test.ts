import { HeaderMap } from '@apollo/server';
import { COOKIE_LSN, lectureRepliquePlugin, lsnFromCookie } from './lecture-replique.plugin';

// What a client gets after a committed write when the primary's position cannot be read: its answer, and reads kept
// on the primary (a position no replica reaches), never an error for a write that was saved.
async function repondreApresEcriture(currentWalLsn: () => Promise<string>): Promise<HeaderMap> {
  const plugin = lectureRepliquePlugin(60);
  const hooks = await plugin.requestDidStart!({} as never);
  const http = { headers: new HeaderMap(), status: undefined };
  await hooks!.willSendResponse!({
    operation: { operation: 'mutation' },
    response: { body: { kind: 'single', singleResult: { data: { modifierPole: { id: '1' } } } }, http },
    contextValue: { db: { currentWalLsn } },
  } as never);
  return http.headers;
}

describe('read-your-writes cookie after a mutation', () => {
  it('gives the primary’s position after the commit', async () => {
    const headers = await repondreApresEcriture(async () => '0/3000148');
    expect(lsnFromCookie(headers.get('set-cookie'))).toBe(0x3000148n);
  });

  it('keeps the answer of a committed write when the position cannot be read, and sends the reads to the primary', async () => {
    const headers = await repondreApresEcriture(async () => {
      throw new Error('Connection terminated unexpectedly');
    });
    expect(headers.get('set-cookie')).toContain(`${COOKIE_LSN}=FFFFFFFF/FFFFFFFF`);
  });
});
