// A source's citation, as a link to the address where the value was read when it is known.
export function SourceLien({ titre, url }: { titre: string; url: string | null | undefined }) {
  if (!url) return <>{titre}</>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {titre}
    </a>
  );
}
