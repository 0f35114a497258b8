import { insertFixtureTerritoires } from '../test-support/poles.fixtures';
import { startTestEnvironment, type TestEnvironment } from '../test-support/test-environment';
import type { GraphQLResponse } from '../test-support/test-server';

const RECHERCHE = 'query($r: String) { territoires(niveau: COMMUNE, recherche: $r) { totalCount } }';
const PAGE = 'query($apres: String) { territoires(niveau: COMMUNE, after: $apres) { totalCount } }';
const CARTE = 'query($p: PrecisionGeometrie) { carteTerritoires(niveau: REGION, precision: $p) }';

const curseur = (texte: string) => Buffer.from(texte, 'utf8').toString('base64url');

async function post(env: TestEnvironment, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(`${env.server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse };
}

function saisieRefusee(body: GraphQLResponse, champ: string) {
  expect(body.errors).toHaveLength(1);
  expect(body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', champ });
  expect(body.errors![0]!.message).not.toMatch(/Internal server error|Erreur interne/);
  expect(JSON.stringify(body)).not.toMatch(/stacktrace|\s{4}at /);
}

// A client's mistakes are BAD_USER_INPUT naming the argument, in the project's formatter (issue 20, item 7).
describe("a client's wrong values", () => {
  let env: TestEnvironment;

  beforeAll(async () => {
    env = await startTestEnvironment(({ db }) => insertFixtureTerritoires(db));
  });
  afterAll(() => env.close());

  it('refuses a number given for a String variable, naming the variable', async () => {
    const { status, body } = await post(env, RECHERCHE, { r: 12 });
    expect(status).toBe(400);
    saisieRefusee(body, 'r');
  });

  it('refuses a missing or null required variable, naming it', async () => {
    saisieRefusee((await post(env, 'query($n: NiveauTerritorial!) { territoires(niveau: $n) { totalCount } }')).body, 'n');
    saisieRefusee((await post(env, 'query($c: String!) { territoire(niveau: COMMUNE, code: $c) { nom } }', { c: null })).body, 'c');
  });

  it('refuses a NUL character or half a surrogate pair in a string, inline or in a variable, naming the argument', async () => {
    saisieRefusee((await post(env, RECHERCHE, { r: 'Bre\u0000st' })).body, 'r');
    saisieRefusee((await post(env, 'query($c: String!) { territoire(niveau: COMMUNE, code: $c) { nom } }', { c: '\ud800' })).body, 'c');
    const paire = await post(env, RECHERCHE, { r: 'Brest 🧪' });
    expect(paire.body.errors).toBeUndefined();
    const inline = await post(env, '{ territoires(niveau: COMMUNE, recherche: "Bre\\u0000st") { totalCount } }');
    expect(inline.status).toBe(400);
    saisieRefusee(inline.body, 'recherche');
  });

  it('refuses a page cursor whose offset no list reaches', async () => {
    saisieRefusee((await post(env, PAGE, { apres: curseur('o:100000000000000000000') })).body, 'after');
    saisieRefusee((await post(env, PAGE, { apres: curseur('o:99999999') })).body, 'after');
    const valide = await post(env, PAGE, { apres: curseur('o:0') });
    expect(valide.body.errors).toBeUndefined();
  });

  it('refuses a null map precision, inline or through a variable', async () => {
    saisieRefusee((await post(env, '{ carteTerritoires(niveau: REGION, precision: null) }')).body, 'precision');
    saisieRefusee((await post(env, CARTE, { p: null })).body, 'precision');
    const parDefaut = await post(env, CARTE, {});
    expect(parDefaut.body.errors).toBeUndefined();
  });
});
