import { LIMITE_REPONSE } from './limites-requete';
import { rawJsonPlaceholder } from './raw-json';
import { runInRequestStore } from './request-store';

describe('raw JSON spliced into a response', () => {
  it('refuses to build an answer larger than the response limit, naming the limit', () => {
    const carte = `"${'x'.repeat(Math.floor(LIMITE_REPONSE / 4))}"`;
    runInRequestStore(
      () => {
        for (let i = 0; i < 3; i += 1) expect(rawJsonPlaceholder(carte)).toMatch(/^@@rawjson:/);
        expect(() => rawJsonPlaceholder(carte)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'RESPONSE_TOO_LARGE', limite: 'tailleReponse' }) }));
      },
      { spliceRawJson: true },
    );
  });
});
