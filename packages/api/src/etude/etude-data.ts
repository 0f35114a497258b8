import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const ETUDE_DATA_DIR = path.resolve(__dirname, '../../data/etude');

// The committed extracts of the study (data/etude/README.md), read once and checked: a malformed file fails loudly
// at the first request rather than serving half a text.
export function readEtudeJson<T>(fichier: string, schema: z.ZodType<T>): T {
  const text = fs.readFileSync(path.join(ETUDE_DATA_DIR, fichier), 'utf8');
  const parsed = schema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`data/etude/${fichier} : ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join(' ; ')}`);
  return parsed.data;
}

export const SOURCE_ETUDE = "Étude « Les pôles de développement de l'économie sociale et solidaire en France » (vers 2010)";
