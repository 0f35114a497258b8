import { listChiffresEtude } from './etude-chiffres';

describe("the study's counts, typed", () => {
  const chiffres = listChiffresEtude();
  const chiffre = (indicateur: string) => chiffres.find((c) => c.indicateur === indicateur)!;

  it('types each count by pole type, status and territory', () => {
    expect(chiffre("espaces d'hébergement")).toMatchObject({
      type: 'ESPACE_HEBERGEMENT', statut: 'ACTIF', nombre: 24, uniteType: 'POLES', territoire: { niveau: 'FRANCE', code: 'FR' },
    });
    expect(chiffre('associations de développement en projet')).toMatchObject({
      type: 'ASSOCIATION_DEVELOPPEMENT', statut: 'PROJET', territoire: { niveau: 'ANCIENNE_REGION', code: '53' },
    });
    expect(chiffre('taux de pérennisation à 3 ans des activités hébergées')).toMatchObject({ uniteType: 'POURCENT', nombre: null });
  });

  it("states, without correcting it, that the study's types do not add up to its totals", () => {
    const poles = chiffre('poles recensés');
    expect(poles.valeur).toBe(63);
    expect(poles.somme).toMatchObject({ sommeDesParties: 60, ecart: -3 });
    expect(poles.somme!.explication).toContain('29 + 24 + 7 = 60');
    const projets = chiffre('projets de pôles recensés');
    expect(projets.valeur).toBe(12);
    expect(projets.somme).toMatchObject({ sommeDesParties: 17, ecart: 5 });
    expect(projets.somme!.explication).toMatch(/Bretagne seulement/);
    expect(chiffre('monographies').somme).toBeNull();
  });
});
