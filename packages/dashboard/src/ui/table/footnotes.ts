export interface Footnotes {
  /** Number of a source's note (1, 2, …), null without a source. */
  numero: (source: string | null | undefined) => number | null;
  /** The notes in order: each distinct source once. */
  notes: string[];
}

// A source repeated on every row made tables very long: each distinct one becomes a numbered note under the table.
export function toFootnotes(sources: readonly (string | null | undefined)[]): Footnotes {
  const notes: string[] = [];
  for (const source of sources) if (source && !notes.includes(source)) notes.push(source);
  return { numero: (source) => (source ? notes.indexOf(source) + 1 || null : null), notes };
}
