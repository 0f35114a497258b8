import { getClassColor, getClassColors, rgbaToCss, COULEUR_NON_RENSEIGNE } from './color-scales';
import { describeMethode, toLegendItems } from './legend-items';

describe('legend and class colours', () => {
  const breaks = [0, 10, 100, 1000];

  it('labels each class with the fr-FR values it holds and adds « non renseigné »', () => {
    const items = toLegendItems([0, 1500, 25000, 120000], [0, 1200, 1500, 24000, 25000, 120000], true);
    expect(items.map((i) => i.label)).toEqual([
      'de 0 à 1\u202f200',
      'de 1\u202f500 à 24\u202f000',
      'de 25\u202f000 à 120\u202f000',
      'non renseigné',
    ]);
  });

  it('reads a class of one value as that value, with the unit', () => {
    expect(toLegendItems([0, 1, 1], [0, 0, 1, 1, 1], false).map((i) => i.label)).toEqual(['0', '1']);
    expect(toLegendItems([8.5, 10, 14.2], [8.5, 9.1, 10, 14.2], false, '%').map((i) => i.label)).toEqual([
      'de 8,5 à 9,1\u00a0%',
      'de 10,0 à 14,2\u00a0%',
    ]);
  });

  it('adds decimals until distinct values read as distinct', () => {
    expect(toLegendItems([0, 0.04, 0.12, 0.4], [0, 0.01, 0.04, 0.1, 0.12, 0.4], false).map((i) => i.label)).toEqual([
      'de 0,00 à 0,01',
      'de 0,04 à 0,10',
      'de 0,12 à 0,40',
    ]);
  });

  it('paints a territory whose value equals a break with the legend colour of the class that starts there, as the API classes it', () => {
    const colors = getClassColors(3);
    const legend = toLegendItems(breaks, [0, 10, 100, 1000], false).map((item) => item.color);
    const painted = (value: number) => rgbaToCss(getClassColor(value, breaks, colors));
    expect([painted(9.99), painted(10), painted(100), painted(1000)]).toEqual([legend[0], legend[1], legend[2], legend[2]]);
  });

  it('uses the class the API computed when it is given', () => {
    const colors = getClassColors(3);
    expect(getClassColor(10, breaks, colors, 1)).toEqual(colors[1]);
  });

  it('colours an unknown value grey, never as the lowest class', () => {
    expect(getClassColor(null, breaks, getClassColors(3))).toEqual(COULEUR_NON_RENSEIGNE);
    expect(getClassColor(0, breaks, getClassColors(3))).not.toEqual(COULEUR_NON_RENSEIGNE);
  });

  it('gives the legend and the map the same colour for a class', () => {
    const items = toLegendItems(breaks, [0, 10, 500], false);
    const [r, g, b] = getClassColor(500, breaks, getClassColors(3));
    expect(items[2]?.color).toBe(`rgba(${r}, ${g}, ${b}, 1.00)`);
  });

  it('states the method', () => {
    expect(describeMethode('JENKS', 5)).toBe('5 classes, méthode : seuils naturels (Jenks, ckmeans)');
  });
});
