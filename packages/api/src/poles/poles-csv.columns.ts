import type { PoleDonnees } from './pole-donnees.schema';

// The columns of poles-etude.csv (first), then the other fiche fields; import and export share them.
export const CSV_COLUMNS = [
  'nom',
  'type_fiche',
  'statut_dans_etude',
  'territoire_tel_que_cite',
  'niveau_territoire',
  'code_territoire',
  'commune_siege',
  'code_commune_siege',
  'monographie',
  'description_monographie',
  'note',
  'annee_statut',
  'type_selon_monographie',
  'source',
  'slug',
  'fonctions',
  'longitude',
  'latitude',
  'precision_position',
  'adresse',
  'contact',
  'site_web',
  'date_creation',
  'origine',
  'adherents',
  'statut_juridique',
  'salaries',
  'foncier',
  'budget',
  'domaine_activite',
  'reseau',
  'taille',
  'niveau_structuration',
  'objectifs',
  'realisations',
  'projets',
  'points_forts',
  'points_faibles',
  'remarques',
  'enjeux',
  'note_typologie',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export const REQUIRED_COLUMNS: CsvColumn[] = ['nom', 'type_fiche', 'statut_dans_etude'];

// Plain text columns → field of the fiche.
export const TEXT_COLUMNS: Partial<Record<CsvColumn, keyof PoleDonnees>> = {
  description_monographie: 'descriptionMonographie',
  note: 'note',
  source: 'source',
  adresse: 'adresse',
  contact: 'contact',
  site_web: 'siteWeb',
  date_creation: 'dateCreation',
  origine: 'origine',
  adherents: 'adherents',
  statut_juridique: 'statutJuridique',
  salaries: 'salaries',
  foncier: 'foncier',
  budget: 'budget',
  domaine_activite: 'domaineActivite',
  reseau: 'reseau',
  objectifs: 'objectifs',
  realisations: 'realisations',
  projets: 'projets',
  points_forts: 'pointsForts',
  points_faibles: 'pointsFaibles',
  remarques: 'remarques',
  enjeux: 'enjeux',
  note_typologie: 'noteTypologie',
};

export const INT_COLUMNS: Partial<Record<CsvColumn, keyof PoleDonnees>> = {
  annee_statut: 'anneeStatut',
  taille: 'taille',
  niveau_structuration: 'niveauStructuration',
};

// The study's spellings (« espace-hebergement », « actif », « ancienne-region ») and the API's enum values.
export const TYPE_VALUES: Record<string, string> = {
  'association-developpement': 'ASSOCIATION_DEVELOPPEMENT',
  'espace-hebergement': 'ESPACE_HEBERGEMENT',
  'centre-multifonction': 'CENTRE_MULTIFONCTION',
};
export const STATUT_VALUES: Record<string, string> = { actif: 'ACTIF', projet: 'PROJET', inconnu: 'INCONNU', ferme: 'FERME' };
export const NIVEAU_VALUES: Record<string, string | null> = {
  commune: 'COMMUNE',
  epci: 'EPCI',
  pays: 'PAYS',
  departement: 'DEPARTEMENT',
  region: 'REGION',
  'ancienne-region': 'ANCIENNE_REGION',
  france: 'FRANCE',
  autre: null,
};

export function toCsvValue(values: Record<string, string>, value: string | null): string {
  if (!value) return '';
  const found = Object.entries(values).find(([, v]) => v === value);
  return found ? found[0] : value;
}
