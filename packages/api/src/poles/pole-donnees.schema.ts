import { z } from 'zod';
import { NIVEAUX_TERRITORIAUX } from '@poles-ess/shared';
import { badUserInput, type ApiError } from '../common/api-error';
import { CHAMPS_FICHE } from './champ-fiche.decorator';
import { CHAMPS_SOURCES } from './champs-sources';
import type { Pole } from './pole.entity';
import './pole.entity';

const territoireAction = z
  .object({
    niveau: z.enum(NIVEAUX_TERRITORIAUX, { message: 'Niveau de territoire inconnu.' }).nullable().optional(),
    code: z.string().trim().min(1, { message: 'Code de territoire vide.' }).max(20, { message: 'Code de territoire trop long.' }).nullable().optional(),
    libelle: z
      .string()
      .trim()
      .min(1, { message: "Le libellé du territoire d'action est obligatoire." })
      .max(300, { message: "Libellé du territoire d'action trop long (300 caractères au plus)." }),
  })
  .refine((t) => (t.niveau == null) === (t.code == null), { message: 'Le niveau et le code vont ensemble.', path: ['code'] })
  .nullable();

// Every fiche field of pole.entity.ts (its own rule), all optional (undefined = unchanged, null = unknown), with the
// import's key, the territory of action and the sources field by field.
export const poleDonneesSchema = z.object({
  slug: z
    .string()
    .max(200, { message: 'Identifiant trop long (200 caractères au plus).' })
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'Identifiant invalide : minuscules, chiffres et tirets.' })
    .optional(),
  ...Object.fromEntries(CHAMPS_FICHE.map((champ) => [champ.property, champ.valider.optional()])),
  territoireAction: territoireAction.optional(),
  sources: z
    .record(
      z.string().refine((champ) => CHAMPS_SOURCES.includes(champ)),
      z.string().trim().min(1, { message: 'Source vide.' }).max(1000, { message: 'Source trop longue (1 000 caractères au plus).' }),
    )
    .optional(),
});

// The fiche fields as validated: the entity's types for what is editable (a position as lon/lat).
type ChampsEditables = Omit<Pole, 'id' | 'slug' | 'nomRecherche' | 'physique' | 'positionDerivee' | 'sourcesParChamp' | 'sources' | 'supprimeLe' | 'version' | 'creeLe' | 'modifieLe' | 'position'>;
export type PoleDonnees = Partial<ChampsEditables> & {
  slug?: string;
  position?: { lon: number; lat: number } | null;
  territoireAction?: z.infer<typeof territoireAction>;
  sources?: Record<string, string>;
};

export interface ChampInvalide {
  champ: string;
  message: string;
}

// Messages for the cases without a message of their own (a null where a value is required, a wrong type).
function frenchFallback(issue: { code?: string; input?: unknown }): string {
  if (issue.code === 'invalid_type') {
    return issue.input === null || issue.input === undefined ? 'Valeur obligatoire : ce champ ne peut pas être vide.' : 'Type de valeur invalide.';
  }
  if (issue.code === 'unrecognized_keys') return 'Champ inconnu.';
  // A key of `sources` refused: the only keyed record of the fiche.
  if (issue.code === 'invalid_key') return 'Champ inconnu : une source se donne pour un champ de la fiche.';
  return 'Valeur invalide.';
}

export function checkPoleDonnees(input: unknown, creation: boolean): { donnees: PoleDonnees } | { erreurs: ChampInvalide[] } {
  const parsed = poleDonneesSchema.safeParse(input, { error: frenchFallback });
  if (!parsed.success) {
    return { erreurs: parsed.error.issues.map((issue) => ({ champ: issue.path.join('.') || 'donnees', message: issue.message })) };
  }
  const donnees = parsed.data as PoleDonnees;
  const erreurs: ChampInvalide[] = [];
  if (creation && !donnees.nom) erreurs.push({ champ: 'nom', message: 'Le nom est obligatoire.' });
  if (creation && !donnees.type) erreurs.push({ champ: 'type', message: 'Le type est obligatoire.' });
  if (donnees.position && donnees.precisionPosition === null) {
    erreurs.push({ champ: 'precisionPosition', message: 'Une position doit dire sa précision.' });
  }
  return erreurs.length > 0 ? { erreurs } : { donnees };
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
