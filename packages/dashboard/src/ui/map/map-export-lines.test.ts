import { CONTOURS_OFFICIELS } from '@poles-ess/shared';
import { toContoursLines } from './feature-label-point';
import { toMapExportFooter } from './map-export-lines';

describe('exported map footer', () => {
  it('names every source, the outlines with their attribution and vintage, flags approximate ones and dates the picture in French', () => {
    const lines = toMapExportFooter({
      titre: 'Population',
      legendTitre: 'Population',
      legend: [],
      methode: null,
      sources: ['INSEE, populations légales', 'fiches de l’étude'],
      contours: toContoursLines({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: { code: '29019', nom: 'Brest', geometrieSource: 'OFFICIELLE', geometrieSourceNom: 'IGN Admin Express COG 2018' } },
          { type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: { code: '14666', nom: 'Sannerville', geometrieSource: 'APPROXIMATIVE', geometrieSourceNom: 'IGN Admin Express COG 2018 : pas de contour propre' } },
        ],
      }),
      date: new Date(2026, 10, 26),
    });
    expect(lines).toEqual([
      'Source : INSEE, populations légales',
      'Source : fiches de l’étude',
      `${CONTOURS_OFFICIELS.attribution} — millésime 2018.`,
      'Contours approximatifs signalés : communes rétablies après 2018 (sans contour propre dans les contours de 2018) et communes dont le contour de 2018 les comprenait encore.',
      'Pôles ESS — carte exportée le 26 novembre 2026',
    ]);
  });
});
