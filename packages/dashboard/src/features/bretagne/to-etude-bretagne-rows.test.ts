import { toEtudeBretagneRows } from './to-etude-bretagne-rows';

describe('toEtudeBretagneRows', () => {
  const SOURCE = 'Étude, éléments de conclusion';
  const chiffres = [
    { indicateur: "associations d'acteurs", perimetre: 'Bretagne', valeur: 6, source: SOURCE },
    { indicateur: "associations d'acteurs en projet", perimetre: 'Bretagne', valeur: 8, source: SOURCE },
    { indicateur: 'pépinière ESS', perimetre: 'Bretagne', valeur: 1, source: SOURCE },
    { indicateur: "associations d'acteurs", perimetre: 'France', valeur: 29, source: SOURCE },
  ];

  it('puts the study’s 6 + 8 and 1 pépinière beside what the fiches say', () => {
    const poles = [
      { type: 'ASSOCIATION_DEVELOPPEMENT' as const, statut: 'ACTIF' as const },
      ...Array.from({ length: 9 }, () => ({ type: 'ASSOCIATION_DEVELOPPEMENT' as const, statut: 'INCONNU' as const })),
    ];
    const rows = toEtudeBretagneRows(chiffres, poles);
    expect(rows.map((r) => [r.libelle, r.etude, r.donnees])).toEqual([
      ['Associations de développement actives', 6, 1],
      ['Associations de développement en projet', 8, 0],
      ['Associations de développement au statut non renseigné', null, 9],
      ['Pépinière / espace d’hébergement', 1, 0],
      ['Centres multifonction', null, 0],
    ]);
    expect(rows[0]?.etudeSource).toBe(SOURCE);
  });
});
