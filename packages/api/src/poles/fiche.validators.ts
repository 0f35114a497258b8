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

// An http(s) address a browser opens as a link: no space, no markup, at most 2,000 characters.
const estAdresseWeb = (texte: string) => {
  if (!/^https?:\/\/[^\s<>"'`{}|\\^]+$/i.test(texte)) return false;
  try {
    const url = new URL(texte);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
};

export const adresseWeb = () =>
  z
    .string()
    .trim()
    .max(2000, { message: 'Adresse web trop longue (2 000 caractères au plus).' })
    .refine(estAdresseWeb, { message: 'Adresse web invalide : http:// ou https://, un nom de domaine, sans espace ni balise.' })
    .nullable();

export const codeCommune = () =>
  z
    .string()
    .trim()
    .regex(/^(\d{5}|2[AB]\d{3})$/, { message: 'Code INSEE de commune invalide (5 caractères, ex. 29019 ou 2A004).' })
    .nullable();

// AAAA, AAAA-MM or AAAA-MM-JJ naming a day of the calendar (no 2020-13-45), between 1800 and 2100.
const estDateOuAnnee = (texte: string) => {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(texte);
  if (!m) return false;
  const [annee, mois, jour] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
  const date = new Date(Date.UTC(annee, mois - 1, jour));
  return annee >= 1800 && annee <= 2100 && date.getUTCMonth() === mois - 1 && date.getUTCDate() === jour;
};

export const dateOuAnnee = () =>
  z
    .string()
    .trim()
    .refine(estDateOuAnnee, { message: 'Date de création invalide : AAAA, AAAA-MM ou AAAA-MM-JJ, une date du calendrier (1800 à 2100).' })
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

export const MAX_DOCUMENTS = 50;

export const documents = () =>
  z
    .array(
      z.object({
        nom: z
          .string()
          .trim()
          .min(1, { message: 'Le nom du document est obligatoire.' })
          .max(300, { message: 'Nom de document trop long (300 caractères au plus).' }),
        lien: adresseWeb().optional().default(null),
      }),
    )
    .max(MAX_DOCUMENTS, { message: `Trop de documents (${MAX_DOCUMENTS} au plus).` });
