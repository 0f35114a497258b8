import { toMapExportFooter } from './map-export-lines';

describe('exported map footer', () => {
  it('names every source, flags approximate outlines and dates the picture in French', () => {
    const lines = toMapExportFooter({
      titre: 'Population',
      legendTitre: 'Population',
      legend: [],
      methode: null,
      sources: ['INSEE, populations légales', 'fiches de l’étude'],
      approximative: true,
      date: new Date(2026, 10, 26),
    });
    expect(lines).toEqual([
      'Source : INSEE, populations légales',
      'Source : fiches de l’étude',
      'Contours approximatifs reconstruits à partir de GeoNames (CC BY 4.0) et Natural Earth.',
      'Pôles ESS — carte exportée le 26 novembre 2026',
    ]);
  });
});
