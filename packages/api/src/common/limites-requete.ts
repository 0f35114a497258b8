import { ApiError } from './api-error';

// What one GraphQL request may ask (issue 20). Each bound is named in the refusal (`extensions.limite`), and
// docs/fiabilite-requetes.md lists them for clients. The dashboard's and the README's queries stay far below:
// depth 5, 3 aliases, 63 fields at most; the costliest (the map of a département's communes) costs about 1,400.
export const LIMITES_REQUETE = {
  // Lexical tokens of the query text (parsing stops there): the dashboard's largest queries have a few hundred.
  jetons: 5000,
  // Nested fields, fragments expanded (introspection of the GraphQL IDE included).
  profondeur: 15,
  // Aliases, fragments expanded: 90 aliases of the communes' map answered 492 MB.
  alias: 30,
  // Fields once fragments are expanded: 2^n fields of n nested fragments froze graphql-jit's compiler.
  champs: 2000,
  // Estimated kilobytes of answer (server/limites/poids-champs.ts): one map of the 35,000 communes at full
  // precision (≈ 51 MB of official outlines), not two.
  cout: 60000,
  // The same for the schema's introspection, answered from memory: the GraphQL IDE's query costs about 50,000.
  coutIntrospection: 100000,
} as const;
export type LimiteRequete = keyof typeof LIMITES_REQUETE;

// Operations above this many expanded fields run on graphql-js, which needs no compilation (graphql-jit's
// compile time grows with them: ~0.5 ms a field on the development machine).
export const CHAMPS_MAX_JIT = 400;

// The largest answer sent (bytes): one map of every commune at full precision (≈ 51 MB of official outlines)
// fits; 90 maps of the approximate outlines answered 492 MB and ran out of memory (issue 20).
export const LIMITE_REPONSE = 64 * 1024 * 1024;

const LIBELLES: Record<LimiteRequete, string> = {
  jetons: 'jetons (mots et signes du texte de la requête)',
  profondeur: 'niveaux d’imbrication',
  alias: 'alias',
  champs: 'champs une fois les fragments dépliés',
  cout: 'Ko de réponse estimés',
  coutIntrospection: 'de coût estimé d’introspection',
};

// A request over one of the bounds: refused before anything runs, HTTP 400.
export function limiteDepassee(limite: LimiteRequete, valeur: number): ApiError {
  const maximum = LIMITES_REQUETE[limite].toLocaleString('fr-FR');
  const trouve = Number.isFinite(valeur) ? `${valeur.toLocaleString('fr-FR')} ${LIBELLES[limite]}, ${maximum} au plus` : `plus de ${maximum} ${LIBELLES[limite]}`;
  return new ApiError('QUERY_TOO_COMPLEX', `Requête refusée : ${trouve}. Découpez-la en plusieurs requêtes.`, {
    limite,
    maximum: LIMITES_REQUETE[limite],
    valeur: Number.isFinite(valeur) ? valeur : null,
    http: { status: 400 },
  });
}

export function reponseTropGrande(octets: number): ApiError {
  return new ApiError(
    'RESPONSE_TOO_LARGE',
    `Réponse trop volumineuse (plus de ${Math.floor(LIMITE_REPONSE / 1024 / 1024)} Mo) : demandez moins de territoires, une précision plus basse ou moins d’alias.`,
    { limite: 'tailleReponse', maximum: LIMITE_REPONSE, valeur: octets },
  );
}
