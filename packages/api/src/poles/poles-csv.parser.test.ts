import { parsePolesCsv } from './poles-csv.parser';

const HEADER = 'nom;type_fiche;statut_dans_etude;territoire_tel_que_cite;niveau_territoire;code_territoire;code_commune_siege';

describe('parsePolesCsv', () => {
  it('maps the study spellings to the fiche fields', () => {
    const { lignes, erreurs } = parsePolesCsv(`${HEADER}\nLa Ruche;espace-hebergement;actif;Paris;commune;75056;75056\nIRESA;association-developpement;actif;pays angevin;autre;;`);
    expect(erreurs).toEqual([]);
    expect(lignes[0]).toMatchObject({
      ligne: 2,
      slug: 'la-ruche',
      donnees: { nom: 'La Ruche', type: 'ESPACE_HEBERGEMENT', statut: 'ACTIF', codeCommuneSiege: '75056', territoireAction: { niveau: 'COMMUNE', code: '75056', libelle: 'Paris' } },
    });
    expect(lignes[1]!.donnees.territoireAction).toEqual({ niveau: null, code: null, libelle: 'pays angevin' });
  });

  it('reports every bad line with its number and field, counting blank lines', () => {
    const { lignes, erreurs } = parsePolesCsv(
      `${HEADER}\nA;espace-hebergement;actif;;;;\n\nB;centre-multifonction;peut-etre;;;;\nC;centre-multifonction;actif;Lille;commune;;\nA;espace-hebergement;actif;;;;`,
    );
    expect(erreurs).toEqual([
      { ligne: 4, champ: 'statut_dans_etude', message: expect.stringMatching(/Statut inconnu « peut-etre »/) },
      { ligne: 5, champ: 'code_territoire', message: expect.stringMatching(/Code obligatoire/) },
      { ligne: 6, champ: 'nom', message: 'Même pôle que la ligne 2 (identifiant « a »).' },
    ]);
    expect(lignes).toHaveLength(1);
  });

  it('refuses a slug given in the file that is not one, with its line', () => {
    const { lignes, erreurs } = parsePolesCsv(`${HEADER};slug\nLa Ruche;espace-hebergement;actif;;;;;la-ruche\n"Le\nPHARES";espace-hebergement;actif;;;;;Bad Slug!`);
    expect(erreurs).toEqual([{ ligne: 3, champ: 'slug', message: expect.stringMatching(/Identifiant invalide/) }]);
    expect(lignes).toHaveLength(1);
  });

  it('refuses unknown or missing columns on line 1', () => {
    expect(parsePolesCsv('nom,type,statut_dans_etude\nA,espace-hebergement,actif').erreurs).toEqual([
      { ligne: 1, champ: 'type', message: expect.stringMatching(/^Colonne inconnue : « type » \(colonnes possibles : nom, type_fiche, /) },
      { ligne: 1, champ: 'type_fiche', message: 'Colonne obligatoire absente : type_fiche.' },
    ]);
  });
});
