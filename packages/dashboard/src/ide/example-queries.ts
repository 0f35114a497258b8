// The README's example queries (docs/requetes/*.graphql), one IDE tab each.
const FILES = import.meta.glob('../../../../docs/requetes/*.graphql', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export const EXAMPLE_QUERIES: { query: string }[] = Object.keys(FILES)
  .sort()
  .map((file) => ({ query: FILES[file] ?? '' }));
