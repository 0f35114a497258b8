export interface Footnotes {
  /** Number of a source's note (1, 2, …), null without a source. */
  numero: (source: string | null | undefined) => number | null;
  /** The notes in order: each distinct source once. */
  notes: string[];
  /** The address each note was read at, when known (shown as a link). */
  urls: ReadonlyMap<string, string>;
}

export interface SourceNote {
  texte: string | null | undefined;
  url?: string | null;
}

// A source repeated on every row made tables very long: each distinct one becomes a numbered note under the table.
export function toFootnotes(sources: readonly (string | SourceNote | null | undefined)[]): Footnotes {
  const notes: string[] = [];
  const urls = new Map<string, string>();
  for (const entree of sources) {
    const { texte, url } = typeof entree === 'string' || entree == null ? { texte: entree, url: null } : entree;
    if (!texte) continue;
    if (!notes.includes(texte)) notes.push(texte);
    if (url && !urls.has(texte)) urls.set(texte, url);
  }
  return { numero: (source) => (source ? notes.indexOf(source) + 1 || null : null), notes, urls };
}
