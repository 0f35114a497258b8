import { toEtudeVsFichesRows, type PoleFicheInput } from './to-etude-vs-fiches-rows';

const CHIFFRES = [
  { indicateur: 'poles recensés', perimetre: 'France', valeur: 63, unite: 'poles', note: null, source: 'Étude' },
  { indicateur: 'projets de pôles recensés', perimetre: 'France', valeur: 12, unite: 'projets', note: null, source: 'Étude' },
  { indicateur: "espaces d'hébergement", perimetre: 'France', valeur: 24, unite: 'poles', note: 'dont 6 en Rhône-Alpes et 1 en Bretagne', source: 'Étude' },
  { indicateur: 'associations de développement', perimetre: 'France', valeur: 29, unite: 'poles', note: 'dont 6 en Bretagne', source: 'Étude' },
  { indicateur: 'associations de développement en projet', perimetre: 'Bretagne', valeur: 8, unite: 'projets', note: null, source: 'Étude' },
];
const RA = { nom: 'Rhône-Alpes' };
const BZH = { nom: 'Bretagne' };
const POLES: PoleFicheInput[] = [
  { nom: 'ARTIS', type: 'ESPACE_HEBERGEMENT', statut: 'ACTIF', ancienneRegion: RA },
  { nom: 'La Pousada', type: 'ESPACE_HEBERGEMENT', statut: 'ACTIF', ancienneRegion: RA },
  { nom: 'Pôle Sud', type: 'ESPACE_HEBERGEMENT', statut: 'ACTIF', ancienneRegion: RA },
  { nom: 'La Ruche', type: 'ESPACE_HEBERGEMENT', statut: 'ACTIF', ancienneRegion: { nom: 'Île-de-France' } },
  { nom: 'ADESS Pays de Brest', type: 'ASSOCIATION_DEVELOPPEMENT', statut: 'ACTIF', ancienneRegion: BZH },
  { nom: 'C2SOL', type: 'ASSOCIATION_DEVELOPPEMENT', statut: 'INCONNU', ancienneRegion: BZH },
  { nom: 'Maison régionale de l’ESS', type: 'CENTRE_MULTIFONCTION', statut: 'PROJET', ancienneRegion: null },
];

describe('toEtudeVsFichesRows', () => {
  const rows = toEtudeVsFichesRows(CHIFFRES, POLES);
  const row = (cle: string) => rows.find((r) => r.cle === cle);

  it("answers « how many hosting spaces did the study count in Rhône-Alpes? » with both figures", () => {
    expect(row('hebergement-rhone-alpes')).toMatchObject({ etude: 6, fiches: 3, perimetre: 'Rhône-Alpes', fichesNoms: ['ARTIS', 'La Pousada', 'Pôle Sud'] });
    expect(row('hebergement-rhone-alpes')?.etudeDetail).toContain('dont 6 en Rhône-Alpes');
    expect(row('hebergement')).toMatchObject({ etude: 24, fiches: 4 });
  });

  it('puts the study census beside the fiches, projects apart', () => {
    expect(row('poles')).toMatchObject({ etude: 63, fiches: 6 });
    expect(row('projets')).toMatchObject({ etude: 12, fiches: 1 });
  });

  it('shows the Breton gap: 6 active + 8 planned in the study, statuses not given in the fiches', () => {
    expect(row('associations-bretagne')).toMatchObject({ etude: 6, fiches: 1 });
    expect(row('associations-bretagne-projets')).toMatchObject({ etude: 8, fiches: 0 });
    expect(row('associations-bretagne-inconnu')).toMatchObject({ etude: null, fiches: 1, fichesNoms: ['C2SOL'] });
  });

  it('leaves a count the study does not give as null, never zero', () => {
    expect(row('centres')?.etude).toBeNull();
  });
});
