import { z } from 'zod';
import { FONCTIONS_POLE, NIVEAUX_TERRITORIAUX, PRECISIONS_POSITION, STATUTS_POLE, TYPES_POLE } from '@poles-ess/shared';
import { badUserInput, type ApiError } from '../common/api-error';

const texte = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `Texte trop long (${max} caractères au plus).` })
    .transform((value) => (value === '' ? null : value))
    .nullable();

const note = (champ: string) =>
  z
    .number({ message: `${champ} : un entier de 1 à 5 est attendu.` })
    .int({ message: `${champ} : un entier de 1 à 5 est attendu.` })
    .min(1, { message: `${champ} : un entier de 1 à 5 est attendu.` })
    .max(5, { message: `${champ} : un entier de 1 à 5 est attendu.` })
    .nullable();

const url = z
  .string()
  .trim()
  .regex(/^https?:\/\/\S+$/i, { message: 'Adresse web invalide : elle doit commencer par http:// ou https://.' })
  .nullable();

// Every field of the fiche; all optional (undefined = unchanged), null = unknown.
export const poleDonneesSchema = z.object({
  slug: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'Identifiant invalide : minuscules, chiffres et tirets.' })
    .optional(),
  nom: z.string().trim().min(1, { message: 'Le nom est obligatoire.' }).max(200, { message: 'Nom trop long (200 caractères au plus).' }).optional(),
  type: z.enum(TYPES_POLE, { message: `Type inconnu : attendu ${TYPES_POLE.join(', ')}.` }).optional(),
  typeSelonMonographie: z.enum(TYPES_POLE, { message: `Type inconnu : attendu ${TYPES_POLE.join(', ')}.` }).nullable().optional(),
  noteTypologie: texte(2000).optional(),
  statut: z.enum(STATUTS_POLE, { message: `Statut inconnu : attendu ${STATUTS_POLE.join(', ')}.` }).optional(),
  anneeStatut: z
    .number()
    .int({ message: 'Année invalide.' })
    .min(1900, { message: 'Année invalide (entre 1900 et 2100).' })
    .max(2100, { message: 'Année invalide (entre 1900 et 2100).' })
    .nullable()
    .optional(),
  fonctions: z.array(z.enum(FONCTIONS_POLE, { message: `Fonction inconnue : attendu ${FONCTIONS_POLE.join(', ')}.` })).optional(),
  position: z
    .object({
      lon: z.number().min(-180, { message: 'Longitude hors limites (-180 à 180).' }).max(180, { message: 'Longitude hors limites (-180 à 180).' }),
      lat: z.number().min(-90, { message: 'Latitude hors limites (-90 à 90).' }).max(90, { message: 'Latitude hors limites (-90 à 90).' }),
    })
    .nullable()
    .optional(),
  precisionPosition: z.enum(PRECISIONS_POSITION, { message: `Précision inconnue : attendu ${PRECISIONS_POSITION.join(', ')}.` }).nullable().optional(),
  adresse: texte(500).optional(),
  codeCommuneSiege: z
    .string()
    .trim()
    .regex(/^(\d{5}|2[AB]\d{3})$/, { message: 'Code INSEE de commune invalide (5 caractères, ex. 29019 ou 2A004).' })
    .nullable()
    .optional(),
  territoireAction: z
    .object({
      niveau: z.enum(NIVEAUX_TERRITORIAUX, { message: 'Niveau de territoire inconnu.' }).nullable().optional(),
      code: z.string().trim().min(1, { message: 'Code de territoire vide.' }).nullable().optional(),
      libelle: z.string().trim().min(1, { message: "Le libellé du territoire d'action est obligatoire." }).max(300),
    })
    .refine((t) => (t.niveau == null) === (t.code == null), { message: 'Le niveau et le code vont ensemble.', path: ['code'] })
    .nullable()
    .optional(),
  contact: texte(1000).optional(),
  siteWeb: url.optional(),
  dateCreation: z
    .string()
    .trim()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'Date de création invalide : AAAA, AAAA-MM ou AAAA-MM-JJ.' })
    .nullable()
    .optional(),
  origine: texte(5000).optional(),
  adherents: texte(1000).optional(),
  statutJuridique: texte(300).optional(),
  salaries: texte(300).optional(),
  foncier: texte(1000).optional(),
  budget: texte(1000).optional(),
  domaineActivite: texte(1000).optional(),
  reseau: texte(1000).optional(),
  taille: note('Taille du pôle').optional(),
  niveauStructuration: note('Niveau de structuration').optional(),
  objectifs: texte(5000).optional(),
  realisations: texte(5000).optional(),
  projets: texte(5000).optional(),
  pointsForts: texte(5000).optional(),
  pointsFaibles: texte(5000).optional(),
  remarques: texte(5000).optional(),
  enjeux: texte(5000).optional(),
  documents: z
    .array(z.object({ nom: z.string().trim().min(1, { message: 'Le nom du document est obligatoire.' }), lien: url.optional().default(null) }))
    .optional(),
  monographie: z.boolean().optional(),
  descriptionMonographie: texte(1000).optional(),
  note: texte(5000).optional(),
  source: texte(1000).optional(),
  sources: z.record(z.string(), z.string().trim().min(1, { message: 'Source vide.' })).optional(),
});

export type PoleDonnees = z.infer<typeof poleDonneesSchema>;

export interface ChampInvalide {
  champ: string;
  message: string;
}

// Messages for the cases without a message of their own (a null where a value is required, a wrong type).
function frenchFallback(issue: { code?: string; expected?: unknown; input?: unknown }): string {
  if (issue.code === 'invalid_type') {
    return issue.input === null || issue.input === undefined ? 'Valeur obligatoire : ce champ ne peut pas être vide.' : 'Type de valeur invalide.';
  }
  if (issue.code === 'unrecognized_keys') return 'Champ inconnu.';
  return 'Valeur invalide.';
}

export function checkPoleDonnees(input: unknown, creation: boolean): { donnees: PoleDonnees } | { erreurs: ChampInvalide[] } {
  const parsed = poleDonneesSchema.safeParse(input, { error: frenchFallback });
  const erreurs: ChampInvalide[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ champ: issue.path.join('.') || 'donnees', message: issue.message }));
  if (parsed.success && creation) {
    if (!parsed.data.nom) erreurs.push({ champ: 'nom', message: 'Le nom est obligatoire.' });
    if (!parsed.data.type) erreurs.push({ champ: 'type', message: 'Le type est obligatoire.' });
  }
  if (parsed.success && parsed.data.position && parsed.data.precisionPosition === null) {
    erreurs.push({ champ: 'precisionPosition', message: 'Une position doit dire sa précision.' });
  }
  return erreurs.length > 0 || !parsed.success ? { erreurs } : { donnees: parsed.data };
}

export function parsePoleDonnees(input: unknown, creation: boolean): PoleDonnees {
  const result = checkPoleDonnees(input, creation);
  if ('erreurs' in result) {
    const [first] = result.erreurs;
    const error: ApiError = badUserInput(first!.champ, first!.message);
    error.extensions.erreurs = result.erreurs;
    throw error;
  }
  return result.donnees;
}
