import { readDecoupage } from '../referentiel/read-decoupage';
import { CONTOURS_MILLESIME, OBJET_COMMUNES, ZONE_METROPOLE } from './contours-officiels.source';
import { mapCommunes2018 } from './map-communes-2018';
import { readCommunesSansContour } from './read-communes-sans-contour';
import { listContoursCommunes, readContoursCommunes } from './read-contours-communes';

// Reads the committed data file (packages/api/data/contours), as a fresh clone has it.
describe('The committed 2018 commune outlines', () => {
  const fichier = readContoursCommunes();
  const contours = Object.values(fichier.zones).flatMap(listContoursCommunes);

  it('hold the mainland and the five overseas départements, one topology each, every commune with its code only', () => {
    expect(fichier.millesime).toBe(CONTOURS_MILLESIME);
    expect(Object.keys(fichier.zones).sort()).toEqual(['971', '972', '973', '974', '976', ZONE_METROPOLE]);
    for (const topologie of Object.values(fichier.zones)) {
      expect(topologie.transform).toBeDefined();
      for (const g of topologie.objects[OBJET_COMMUNES].geometries)
        expect(Object.keys(g.properties ?? {})).toEqual(['code']);
    }
    expect(new Set(contours.map((c) => c.properties.code)).size).toBe(contours.length);
  });

  it('map every 2018 commune to a current one of the pinned COG; only the 7 communes restored since have no outline', () => {
    // communes.json entries carry chefLieu, anciensCodes and commune beyond the fields typed by readDecoupage.
    const correspondance = mapCommunes2018(
      contours.map((c) => c.properties.code),
      readDecoupage().communes,
      readCommunesSansContour(),
    );
    expect(correspondance.communeActuelle.size).toBe(contours.length);
    expect(correspondance.sansContour).toEqual([
      { code: '14666', parent2018: '14712' },
      { code: '15031', parent2018: '15141' },
      { code: '15035', parent2018: '15141' },
      { code: '15047', parent2018: '15141' },
      { code: '15171', parent2018: '15141' },
      { code: '85165', parent2018: '85084' },
      { code: '85212', parent2018: '85084' },
    ]);
  });
});
