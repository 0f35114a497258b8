import { normalizeSearch } from '@poles-ess/shared';

// The import key of a pole, from its name: « Réso Solidaire » → reso-solidaire.
export function slugify(nom: string): string {
  return normalizeSearch(nom).replace(/ +/g, '-') || 'pole';
}
