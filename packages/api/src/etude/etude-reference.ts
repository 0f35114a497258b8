import { TYPES_POLE } from '@poles-ess/shared';
import { z } from 'zod';
import { readEtudeJson } from './etude-data';
import type { EtudeReference } from './etude-reference.type';

const lignes = z.array(z.string().min(1)).min(1);

const SCHEMA = z.object({
  titre: z.string(),
  sousTitre: z.string(),
  periode: z.string(),
  source: z.string(),
  definition: z.string(),
  typologie: z.array(z.object({
    type: z.enum(TYPES_POLE),
    physique: z.boolean(),
    multifonction: z.boolean(),
    libelle: z.string(),
    fonctions: z.string(),
    description: lignes,
  })).length(TYPES_POLE.length),
  sections: z.array(z.object({ cle: z.string(), titre: z.string(), lignes })),
});

let cached: EtudeReference | null = null;

export function getEtudeReference(): EtudeReference {
  cached ??= readEtudeJson('etude-reference.json', SCHEMA);
  return cached;
}
