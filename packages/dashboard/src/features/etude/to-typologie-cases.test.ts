import { toTypologieCases } from './to-typologie-cases';

const TYPOLOGIE = [
  { type: 'ASSOCIATION_DEVELOPPEMENT' as const, physique: false, multifonction: false, libelle: 'association de développement', fonctions: 'Sensibilisation et promotion' },
  { type: 'CENTRE_MULTIFONCTION' as const, physique: true, multifonction: true, libelle: 'centre multifonction', fonctions: 'Sensibilisation - promotion + hébergement + ...' },
];

describe('toTypologieCases', () => {
  it("puts the study's census and projects beside the fiches, type by type", () => {
    const cases = toTypologieCases(
      TYPOLOGIE,
      [
        { indicateur: 'associations de développement', perimetre: 'France', valeur: 29, note: 'dont 6 en Bretagne' },
        { indicateur: 'associations de développement en projet', perimetre: 'Bretagne', valeur: 8 },
        { indicateur: 'centres multifonction', perimetre: 'France', valeur: 7 },
      ],
      { ASSOCIATION_DEVELOPPEMENT: 22, CENTRE_MULTIFONCTION: 10 },
    );
    expect(cases[0]).toMatchObject({
      recenses: { valeur: 29, perimetre: 'France', note: 'dont 6 en Bretagne' },
      projets: { valeur: 8, perimetre: 'Bretagne', note: null },
      fiches: 22,
    });
    // No row for the centres in project: unknown, not zero.
    expect(cases[1]).toMatchObject({ recenses: { valeur: 7 }, projets: null, fiches: 10 });
  });

  it('leaves a count unknown when the fiches were not counted', () => {
    expect(toTypologieCases(TYPOLOGIE, [], {})[0]).toMatchObject({ recenses: null, projets: null, fiches: null });
  });
});
