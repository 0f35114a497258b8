import { SourceLien } from './source-lien';

// The numbered sources under a table (toFootnotes); cells carry the matching superscript numbers. A source read at
// a known address is a link to it.
export function FootnoteList({ notes, urls, titre = 'Sources' }: { notes: readonly string[]; urls?: ReadonlyMap<string, string>; titre?: string }) {
  if (notes.length === 0) return null;
  return (
    <section className="footnotes" aria-label={titre}>
      <h3>{titre}</h3>
      <ol>
        {notes.map((note) => (
          <li key={note}>
            <SourceLien titre={note} url={urls?.get(note)} />
          </li>
        ))}
      </ol>
    </section>
  );
}

export function FootnoteRef({ numero }: { numero: number | null }) {
  return numero === null ? null : <sup className="footnote-ref">{numero}</sup>;
}
