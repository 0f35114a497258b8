import { createLoader, createSerializer, useQueryStates, type inferParserType, type Nullable, type ParserMap, type UrlKeys } from 'nuqs';

export interface UrlState<Parsers extends ParserMap> {
  parsers: Parsers;
  /** Le nom de chaque paramètre dans l'adresse, quand il diffère de celui de l'état (« q » pour recherche). */
  urlKeys: UrlKeys<Parsers>;
  /** La vue qu'une adresse décrit ; un paramètre absent ou invalide prend sa valeur par défaut.
   * (Le chargeur de nuqs cherche un `Request` global, absent de jsdom : ses tests tournent dans l'environnement node de Jest.) */
  load: (search: URLSearchParams) => inferParserType<Parsers>;
  /** L'adresse d'une vue : seules les valeurs qui diffèrent des défauts y sont écrites. */
  serialize: (base: string, values: Partial<Nullable<inferParserType<Parsers>>>) => string;
}

// Tout ce qu'un écran montre vit dans son adresse : une vue partagée se rouvre à l'identique.
// Chaque page déclare ses paramètres une fois, par defineUrlState ; nuqs les lit, les écrit et les garde en phase avec l'historique.
export function defineUrlState<Parsers extends ParserMap>(parsers: Parsers, urlKeys: UrlKeys<Parsers> = {}): UrlState<Parsers> {
  const load = createLoader(parsers, { urlKeys });
  const serialize = createSerializer(parsers, { urlKeys });
  return { parsers, urlKeys, load: (search) => load(search), serialize: (base, values) => serialize(base, values) };
}

export function useUrlState<Parsers extends ParserMap>({ parsers, urlKeys }: UrlState<Parsers>) {
  return useQueryStates(parsers, { urlKeys });
}
