import type { FicheEdition_PoleFragment } from '../../graphql/generated/graphql';

export type GenreChamp = 'texte' | 'long' | 'note5' | 'annee';

export interface ChampEdition {
  champ: keyof FicheEdition_PoleFragment & string;
  libelle: string;
  genre: GenreChamp;
}

// The fields of the study's fiche template, in its order and with its words (« Identité », « Actions », « Bilan »).
export const GROUPES_EDITION: { titre: string; champs: ChampEdition[] }[] = [
  {
    titre: 'Contact',
    champs: [
      { champ: 'nom', libelle: 'Nom du pôle', genre: 'texte' },
      { champ: 'contact', libelle: 'Contact', genre: 'texte' },
      { champ: 'adresse', libelle: 'Adresse', genre: 'texte' },
      { champ: 'siteWeb', libelle: 'Site internet', genre: 'texte' },
      { champ: 'codeCommuneSiege', libelle: 'Commune siège (code INSEE)', genre: 'texte' },
    ],
  },
  {
    titre: 'Identité',
    champs: [
      { champ: 'dateCreation', libelle: 'Date de création', genre: 'texte' },
      { champ: 'anneeStatut', libelle: 'Année du statut', genre: 'annee' },
      { champ: 'origine', libelle: 'Origine', genre: 'long' },
      { champ: 'adherents', libelle: 'Adhérents', genre: 'texte' },
      { champ: 'statutJuridique', libelle: 'Statuts juridique', genre: 'texte' },
      { champ: 'salaries', libelle: 'Salariés', genre: 'texte' },
      { champ: 'foncier', libelle: 'Foncier', genre: 'texte' },
      { champ: 'budget', libelle: 'Budget', genre: 'texte' },
      { champ: 'domaineActivite', libelle: 'Domaine d’activité', genre: 'texte' },
      { champ: 'reseau', libelle: 'Réseau', genre: 'texte' },
      { champ: 'taille', libelle: 'Taille du pôle (1 à 5)', genre: 'note5' },
      { champ: 'niveauStructuration', libelle: 'Niveau de structuration (1 à 5)', genre: 'note5' },
    ],
  },
  {
    titre: 'Actions',
    champs: [
      { champ: 'objectifs', libelle: 'Objectifs', genre: 'long' },
      { champ: 'realisations', libelle: 'Réalisation', genre: 'long' },
      { champ: 'projets', libelle: 'En projet', genre: 'long' },
    ],
  },
  {
    titre: 'Bilan',
    champs: [
      { champ: 'remarques', libelle: 'Remarques', genre: 'long' },
      { champ: 'pointsForts', libelle: 'Points forts', genre: 'long' },
      { champ: 'pointsFaibles', libelle: 'Points faibles', genre: 'long' },
      { champ: 'enjeux', libelle: 'Enjeu pour l’avenir', genre: 'long' },
      { champ: 'note', libelle: 'Note', genre: 'long' },
    ],
  },
];

export const CHAMPS_EDITION = GROUPES_EDITION.flatMap((g) => g.champs);

export interface ValeursFiche {
  textes: Record<string, string>;
  type: FicheEdition_PoleFragment['type'];
  statut: FicheEdition_PoleFragment['statut'];
  fonctions: FicheEdition_PoleFragment['fonctions'];
  territoireAction: { libelle: string; niveau: string; code: string };
  source: string;
}

export function toValeursFiche(pole: FicheEdition_PoleFragment): ValeursFiche {
  const valeurs = pole as unknown as Record<string, unknown>;
  return {
    textes: Object.fromEntries(CHAMPS_EDITION.map(({ champ }) => [champ, valeurs[champ] == null ? '' : String(valeurs[champ])])),
    type: pole.type,
    statut: pole.statut,
    fonctions: [...pole.fonctions],
    territoireAction: {
      libelle: pole.territoireAction?.libelle ?? '',
      niveau: pole.territoireAction?.niveau ?? '',
      code: pole.territoireAction?.code ?? '',
    },
    source: '',
  };
}

// The checks the form makes before sending (the API checks again and names the field it refuses).
export function checkValeursFiche(valeurs: ValeursFiche): Record<string, string> {
  const erreurs: Record<string, string> = {};
  for (const { champ, genre, libelle } of CHAMPS_EDITION) {
    const texte = (valeurs.textes[champ] ?? '').trim();
    if (genre === 'texte' && champ === 'nom' && texte === '') erreurs[champ] = `${libelle} : obligatoire.`;
    if (texte === '' || (genre !== 'note5' && genre !== 'annee')) continue;
    const n = Number(texte);
    if (!/^\d+$/.test(texte)) erreurs[champ] = `${libelle} : un nombre entier.`;
    else if (genre === 'note5' && (n < 1 || n > 5)) erreurs[champ] = `${libelle} : de 1 à 5.`;
  }
  return erreurs;
}

// What is sent: only the fields that changed (the others keep their value and their source); an emptied box is null
// (« non renseigné »); numbers as numbers (checkValeursFiche refused the others).
export function toDonneesPole(avant: ValeursFiche, apres: ValeursFiche): Record<string, unknown> {
  const donnees: Record<string, unknown> = {};
  for (const { champ, genre } of CHAMPS_EDITION) {
    const texte = (apres.textes[champ] ?? '').trim();
    if (texte === (avant.textes[champ] ?? '').trim()) continue;
    if (texte === '') donnees[champ] = null;
    else if (genre === 'note5' || genre === 'annee') donnees[champ] = Number(texte);
    else donnees[champ] = texte;
  }
  if (apres.type !== avant.type) donnees.type = apres.type;
  if (apres.statut !== avant.statut) donnees.statut = apres.statut;
  if ([...apres.fonctions].sort().join() !== [...avant.fonctions].sort().join()) donnees.fonctions = apres.fonctions;
  const action = apres.territoireAction;
  if (JSON.stringify(action) !== JSON.stringify(avant.territoireAction)) {
    donnees.territoireAction = action.libelle.trim()
      ? { libelle: action.libelle.trim(), niveau: action.niveau || null, code: action.code.trim() || null }
      : null;
  }
  if (apres.source.trim()) donnees.source = apres.source.trim();
  return donnees;
}
