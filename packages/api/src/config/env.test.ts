import os from 'node:os';
import { readEnv } from './env';

describe('readEnv', () => {
  it('opens twice as many PostgreSQL connections as cores, at least 4, unless DATABASE_POOL_SIZE says otherwise', () => {
    expect(readEnv({}).DATABASE_POOL_SIZE).toBe(Math.max(4, 2 * os.availableParallelism()));
    expect(readEnv({ DATABASE_POOL_SIZE: '12' }).DATABASE_POOL_SIZE).toBe(12);
  });

  it('refuses a pool size that is not a positive integer, naming the variable', () => {
    expect(() => readEnv({ DATABASE_POOL_SIZE: '0' })).toThrow(/Configuration invalide : DATABASE_POOL_SIZE/);
    expect(() => readEnv({ DATABASE_POOL_SIZE: 'beaucoup' })).toThrow(/DATABASE_POOL_SIZE/);
  });

  it('limits statements to 30 s and lock waits to 5 s unless configured (0 = none)', () => {
    expect(readEnv({})).toMatchObject({ DATABASE_STATEMENT_TIMEOUT_MS: 30_000, DATABASE_LOCK_TIMEOUT_MS: 5_000 });
    expect(readEnv({ DATABASE_STATEMENT_TIMEOUT_MS: '0', DATABASE_LOCK_TIMEOUT_MS: '250' })).toMatchObject({ DATABASE_STATEMENT_TIMEOUT_MS: 0, DATABASE_LOCK_TIMEOUT_MS: 250 });
    expect(() => readEnv({ DATABASE_LOCK_TIMEOUT_MS: '-1' })).toThrow(/DATABASE_LOCK_TIMEOUT_MS/);
  });

  it('opens 10 write connections unless configured, and leaves the anonymous requests at once to the server unless set (0 = no limit)', () => {
    expect(readEnv({}).DATABASE_WRITE_POOL_SIZE).toBe(10);
    expect(readEnv({}).REQUETES_ANONYMES_SIMULTANEES).toBeUndefined();
    expect(readEnv({ DATABASE_WRITE_POOL_SIZE: '3', REQUETES_ANONYMES_SIMULTANEES: '0' })).toMatchObject({ DATABASE_WRITE_POOL_SIZE: 3, REQUETES_ANONYMES_SIMULTANEES: 0 });
    expect(() => readEnv({ DATABASE_WRITE_POOL_SIZE: '0' })).toThrow(/DATABASE_WRITE_POOL_SIZE/);
    expect(() => readEnv({ REQUETES_ANONYMES_SIMULTANEES: 'beaucoup' })).toThrow(/REQUETES_ANONYMES_SIMULTANEES/);
  });
});
