import { normalizeSearch } from '@poles-ess/shared';
import type { PoleDonnees } from './pole-donnees.schema';

// Plain fiche fields: GraphQL name → column.
export const SIMPLE_COLUMNS = {
  nom: 'nom',
  type: 'type',
  typeSelonMonographie: 'type_selon_monographie',
  noteTypologie: 'note_typologie',
  statut: 'statut',
  anneeStatut: 'annee_statut',
  adresse: 'adresse',
  codeCommuneSiege: 'code_commune_siege',
  contact: 'contact',
  siteWeb: 'site_web',
  dateCreation: 'date_creation',
  origine: 'origine',
  adherents: 'adherents',
  statutJuridique: 'statut_juridique',
  salaries: 'salaries',
  foncier: 'foncier',
  budget: 'budget',
  domaineActivite: 'domaine_activite',
  reseau: 'reseau',
  taille: 'taille',
  niveauStructuration: 'niveau_structuration',
  objectifs: 'objectifs',
  realisations: 'realisations',
  projets: 'projets',
  pointsForts: 'points_forts',
  pointsFaibles: 'points_faibles',
  remarques: 'remarques',
  enjeux: 'enjeux',
  monographie: 'monographie',
  descriptionMonographie: 'description_monographie',
  note: 'note',
  source: 'source',
} as const satisfies Partial<Record<keyof PoleDonnees, string>>;

export type SimpleField = keyof typeof SIMPLE_COLUMNS;

export interface ColumnAssignment {
  column: string;
  // SQL expression using `$n` for the next parameter(s).
  sql: (next: (value: unknown) => string) => string;
}

// The columns a write sets: plain fields, arrays, JSON, the position, the search key.
export function buildAssignments(donnees: PoleDonnees, texteRecherche: string): ColumnAssignment[] {
  const assignments: ColumnAssignment[] = [];
  for (const [field, column] of Object.entries(SIMPLE_COLUMNS) as [SimpleField, string][]) {
    const value = donnees[field];
    if (value !== undefined) assignments.push({ column, sql: (next) => next(value) });
  }
  if (donnees.fonctions !== undefined) {
    const fonctions = [...new Set(donnees.fonctions)];
    assignments.push({ column: 'fonctions', sql: (next) => `${next(fonctions)}::text[]` });
  }
  if (donnees.documents !== undefined) {
    assignments.push({ column: 'documents', sql: (next) => `${next(JSON.stringify(donnees.documents))}::jsonb` });
  }
  if (donnees.position !== undefined) {
    const position = donnees.position;
    if (position === null) {
      // No explicit position: derive it from the seat commune or the territory of action.
      assignments.push({ column: 'position_derivee', sql: () => 'true' });
    } else {
      assignments.push(
        { column: 'position', sql: (next) => `ST_SetSRID(ST_MakePoint(${next(position.lon)}, ${next(position.lat)}), 4326)` },
        { column: 'precision_position', sql: (next) => next(donnees.precisionPosition ?? 'ADRESSE') },
        { column: 'position_derivee', sql: () => 'false' },
      );
    }
  }
  assignments.push({ column: 'nom_recherche', sql: (next) => next(normalizeSearch(texteRecherche)) });
  return assignments;
}

export function slugify(nom: string): string {
  return normalizeSearch(nom).replace(/ +/g, '-') || 'pole';
}
