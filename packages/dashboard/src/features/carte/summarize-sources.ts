import type { Classes, ValeurTerritoire } from '../../graphql/generated/graphql';

type ClassesSources = Pick<Classes, 'methode'> & { valeurs: Pick<ValeurTerritoire, 'source' | 'annee'>[] };

/** One legend line: the method of the indicator, then its distinct sources with their years. */
export function summarizeSources(classes: ClassesSources | null | undefined): string | null {
  if (!classes) return null;
  const parts = new Map<string, Set<number>>();
  for (const v of classes.valeurs) {
    if (!v.source) continue;
    const years = parts.get(v.source) ?? new Set<number>();
    if (typeof v.annee === 'number') years.add(v.annee);
    parts.set(v.source, years);
  }
  const sources = [...parts].map(([source, years]) => (years.size ? `${source} (${[...years].sort().join(', ')})` : source));
  const shown = sources.slice(0, 3);
  const more = sources.length > 3 ? ` et ${sources.length - 3} autre(s) source(s)` : '';
  return [classes.methode.replace(/\.$/, ''), ...shown].join(' ; ') + more;
}
