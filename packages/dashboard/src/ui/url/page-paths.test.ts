/** @jest-environment node */
import { COMPARER_TERRITOIRES_URL_STATE } from './comparer-territoires-url-state';
import { FILTRE_POLES_URL_STATE } from './filtre-poles-url-state';
import { comparerPath, polePath, polesDansPath, readNiveauPath, territoirePath } from './page-paths';

const searchOf = (path: string) => new URL(path, 'http://localhost').searchParams;

describe('links between pages', () => {
  it('puts a territory in the path (level in lower case) and reads it back', () => {
    expect(territoirePath('PAYS', 'PAYS-BREST')).toBe('/territoires/pays/PAYS-BREST');
    expect(readNiveauPath('ancienne_region')).toBe('ANCIENNE_REGION');
    expect(readNiveauPath('canton')).toBeNull();
    expect(polePath('a b')).toBe('/poles/a%20b');
  });

  it('opens the list of poles filtered on a territory, and Comparer on several, as those pages read them', () => {
    const brest = { niveau: 'PAYS' as const, code: 'PAYS-BREST' };
    const bretagne = { niveau: 'REGION' as const, code: '53' };
    expect(polesDansPath(brest)).toBe('/poles?territoire=PAYS:PAYS-BREST');
    expect(FILTRE_POLES_URL_STATE.load(searchOf(polesDansPath(brest))).territoire).toEqual(brest);
    expect(COMPARER_TERRITOIRES_URL_STATE.load(searchOf(comparerPath([brest, bretagne]))).territoires).toEqual([brest, bretagne]);
  });
});
