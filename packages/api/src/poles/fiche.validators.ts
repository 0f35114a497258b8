import { z } from 'zod';

// What the fiche accepts, field by field: trimmed texts with a bound, formats named in French. An empty text is
// unknown (null).
export const texte = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `Texte trop long (${max} caractères au plus).` })
    .transform((value) => (value === '' ? null : value))
    .nullable();

export const noteSur5 = (champ: string) => {
  const message = `${champ} : un entier de 1 à 5 est attendu.`;
  return z.number({ message }).int({ message }).min(1, { message }).max(5, { message }).nullable();
};

export const annee = () =>
  z
    .number()
    .int({ message: 'Année invalide.' })
    .min(1900, { message: 'Année invalide (entre 1900 et 2100).' })
    .max(2100, { message: 'Année invalide (entre 1900 et 2100).' })
    .nullable();

export const adresseWeb = () =>
  z
    .string()
    .trim()
    .regex(/^https?:\/\/\S+$/i, { message: 'Adresse web invalide : elle doit commencer par http:// ou https://.' })
    .nullable();

export const codeCommune = () =>
  z
    .string()
    .trim()
    .regex(/^(\d{5}|2[AB]\d{3})$/, { message: 'Code INSEE de commune invalide (5 caractères, ex. 29019 ou 2A004).' })
    .nullable();

export const dateOuAnnee = () =>
  z
    .string()
    .trim()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'Date de création invalide : AAAA, AAAA-MM ou AAAA-MM-JJ.' })
    .nullable();

// `inconnu`: how the message starts (« Type inconnu », « Fonction inconnue »).
export const valeurDe = <T extends string>(valeurs: readonly [T, ...T[]], inconnu: string) =>
  z.enum(valeurs, { message: `${inconnu} : attendu ${valeurs.join(', ')}.` });

export const point = () =>
  z
    .object({
      lon: z.number().min(-180, { message: 'Longitude hors limites (-180 à 180).' }).max(180, { message: 'Longitude hors limites (-180 à 180).' }),
      lat: z.number().min(-90, { message: 'Latitude hors limites (-90 à 90).' }).max(90, { message: 'Latitude hors limites (-90 à 90).' }),
    })
    .nullable();

export const documents = () =>
  z.array(z.object({ nom: z.string().trim().min(1, { message: 'Le nom du document est obligatoire.' }), lien: adresseWeb().optional().default(null) }));
