import { toFootnotes } from './footnotes';

describe('toFootnotes', () => {
  it('numbers each distinct source once, in order of appearance, and none for a missing one', () => {
    const { numero, notes } = toFootnotes(['INSEE', null, 'CRESS', 'INSEE', undefined, 'CRESS']);
    expect(notes).toEqual(['INSEE', 'CRESS']);
    expect([numero('INSEE'), numero('CRESS'), numero(null), numero('autre')]).toEqual([1, 2, null, null]);
  });
});
