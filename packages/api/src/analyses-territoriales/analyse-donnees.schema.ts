import { NIVEAUX_TERRITORIAUX } from '@poles-ess/shared';
import { z } from 'zod';
import { badUserInput } from '../common/api-error';

export const SECTIONS_ANALYSE = ['dynamiquesActeurs', 'politiquesCollectivites', 'axesDeveloppement'] as const;

// Blank text is no text: a section emptied by an editor is null (« non renseigné »), never ''.
const texte = (max: number) =>
  z.string().max(max, { message: `${max} caractères au plus.` }).transform((v) => (v.trim() === '' ? null : v.trim())).nullable().optional();

const ref = z.object({ niveau: z.enum(NIVEAUX_TERRITORIAUX), code: z.string().min(1).max(20) });

const SCHEMA = z.object({
  territoire: ref.nullable().optional(),
  titre: z.string().trim().min(1, { message: 'Le titre ne peut pas être vide.' }).max(300, { message: '300 caractères au plus.' }).nullable().optional(),
  focus: z.array(ref).max(50, { message: '50 territoires au plus.' }).nullable().optional(),
  dynamiquesActeurs: texte(20000),
  politiquesCollectivites: texte(20000),
  axesDeveloppement: texte(20000),
  source: texte(1000),
});

export type AnalyseDonnees = z.output<typeof SCHEMA>;

// The first problem found, as BAD_USER_INPUT naming its field.
export function parseAnalyseDonnees(input: unknown, creation: boolean): AnalyseDonnees {
  const parsed = SCHEMA.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const champ = issue.path.filter((p) => typeof p === 'string').join('.') || 'donnees';
    throw badUserInput(champ, `${champ} : ${issue.message}`);
  }
  const donnees = parsed.data;
  if (creation && !donnees.territoire) throw badUserInput('territoire', 'territoire : obligatoire pour créer une analyse.');
  if ((creation || donnees.titre !== undefined) && !donnees.titre) throw badUserInput('titre', 'titre : obligatoire.');
  if (!creation && donnees.territoire === null) throw badUserInput('territoire', 'territoire : une analyse garde un territoire.');
  return donnees;
}
