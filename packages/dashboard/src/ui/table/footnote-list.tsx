// The numbered sources under a table (toFootnotes); cells carry the matching superscript numbers.
export function FootnoteList({ notes, titre = 'Sources' }: { notes: readonly string[]; titre?: string }) {
  if (notes.length === 0) return null;
  return (
    <section className="footnotes" aria-label={titre}>
      <h3>{titre}</h3>
      <ol>
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ol>
    </section>
  );
}

export function FootnoteRef({ numero }: { numero: number | null }) {
  return numero === null ? null : <sup className="footnote-ref">{numero}</sup>;
}
