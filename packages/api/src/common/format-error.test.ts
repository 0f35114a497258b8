import { GraphQLError } from 'graphql';
import { reponseTropGrande } from './limites-requete';
import { formatError } from './format-error';

const formater = (original: Error) => {
  const error = new GraphQLError(original.message, { path: ['poles'], originalError: original });
  return formatError({ message: error.message, path: ['poles'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error);
};

const erreurPostgres = (code: string, message: string) => Object.assign(new Error(message), { code });

// PostgreSQL's refusals a client can retry are named; nothing of the driver's message reaches the client.
describe('formatError', () => {
  it('answers a statement past statement_timeout as TIMEOUT, in French', () => {
    const formatted = formater(erreurPostgres('57014', 'canceling statement due to statement timeout'));
    expect(formatted).toEqual({ message: expect.stringMatching(/trop de temps/), path: ['poles'], extensions: { code: 'TIMEOUT', limite: 'dureeRequeteSql' } });
  });

  it('answers a lock held past lock_timeout as TIMEOUT, in French', () => {
    const formatted = formater(erreurPostgres('55P03', 'canceling statement due to lock timeout'));
    expect(formatted.extensions).toEqual({ code: 'TIMEOUT', limite: 'attenteVerrou' });
    expect(formatted.message).toMatch(/verrouillées/);
  });

  it('keeps the code of the project\'s own error when graphql-jit drops its extensions (a map spliced past the size bound)', () => {
    const formatted = formater(reponseTropGrande(70 * 1024 * 1024));
    expect(formatted.extensions).toMatchObject({ code: 'RESPONSE_TOO_LARGE', limite: 'tailleReponse' });
    expect(formatted.extensions).not.toHaveProperty('http');
    expect(formatted.message).toMatch(/^Réponse trop volumineuse/);
  });

  it('hides any other error behind a generic French message', () => {
    const formatted = formater(erreurPostgres('42P01', 'relation "pole_x" does not exist'));
    expect(formatted).toEqual({ message: 'Erreur interne du serveur.', path: ['poles'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
  it('answers a database that cannot be reached, or a connection cut under a request, as SERVICE_UNAVAILABLE, in French', () => {
    const attendu = { code: 'SERVICE_UNAVAILABLE' };
    // PostgreSQL shutting down (pg_terminate_backend, a restart) and a refused connection (the server down).
    expect(formater(erreurPostgres('57P01', 'terminating connection due to administrator command')).extensions).toEqual(attendu);
    expect(formater(erreurPostgres('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')).extensions).toEqual(attendu);
    expect(formater(erreurPostgres('08006', 'connection failure')).extensions).toEqual(attendu);
    // node-postgres's own message for a query on a connection that died under it (no code), and a wrapped driver error.
    expect(formater(new Error('Connection terminated unexpectedly')).extensions).toEqual(attendu);
    expect(formater(Object.assign(new Error('query failed'), { driverError: erreurPostgres('57P01', 'terminating') })).extensions).toEqual(attendu);
    expect(formater(new Error('Connection terminated unexpectedly')).message).toMatch(/injoignable/);
    // Anything else stays an internal error, its message kept from the client.
    expect(formater(erreurPostgres('42P01', 'relation "x" does not exist'))).toMatchObject({ message: 'Erreur interne du serveur.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
});
