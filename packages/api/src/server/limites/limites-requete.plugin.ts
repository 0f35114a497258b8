import { visit, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApiError } from '../../common/api-error';
import type { ApiContext } from '../../context';
import { LIMITES_REQUETE, limiteDepassee, type LimiteRequete } from '../../common/limites-requete';
import { mesurerOperation, type MesureOperation } from './mesurer-operation';

const MESUREES: (keyof MesureOperation & LimiteRequete)[] = ['profondeur', 'alias', 'champs', 'cout', 'coutIntrospection'];

// Refuses, once the operation is known and before it runs (no SQL), what goes past a bound of LIMITES_REQUETE,
// and a text PostgreSQL cannot store anywhere in the arguments: a NUL character, half of a UTF-16 surrogate pair.
export function limitesRequetePlugin(schema: GraphQLSchema): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const mesure = mesurerEnCache(schema, document, operation, request.variables ?? {});
          for (const limite of MESUREES) if (mesure[limite] > LIMITES_REQUETE[limite]) throw limiteDepassee(limite, mesure[limite]);
          const champ = champAvecTexteInterdit(document, request.variables ?? {});
          if (champ) {
            const message = `${champ} : caractère interdit dans un texte (caractère nul \\u0000 ou moitié de paire UTF-16 \\uD800–\\uDFFF).`;
            throw new ApiError('BAD_USER_INPUT', message, { champ, http: { status: 400 } });
          }
        },
      };
    },
  };
}

// Apollo keeps one parsed document per query text: a query sent again (the dashboard's, an analyst's loop) is
// measured once per set of variables, and its literal texts checked once.
const MESURES = new WeakMap<DocumentNode, Map<string, MesureOperation>>();
const MESURES_PAR_DOCUMENT = 64;
const CLE_MAX = 1000;
const TEXTES_INTERDITS = new WeakMap<DocumentNode, string | null>();

function mesurerEnCache(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): MesureOperation {
  let parVariables = MESURES.get(document);
  if (!parVariables) MESURES.set(document, (parVariables = new Map<string, MesureOperation>()));
  const cle = `${operation.name?.value ?? ''}|${JSON.stringify(variables)}`;
  const connue = parVariables.get(cle);
  if (connue) return connue;
  const mesure = mesurerOperation(schema, document, operation, variables);
  // Large variables (a write's data) are not kept: their measure is cheap beside their request.
  if (cle.length > CLE_MAX) return mesure;
  if (parVariables.size >= MESURES_PAR_DOCUMENT) parVariables.clear();
  parVariables.set(cle, mesure);
  return mesure;
}

const DEMI_PAIRE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const interdit = (texte: string) => texte.includes('\u0000') || DEMI_PAIRE.test(texte);

// The argument or variable holding such a text, if any (its path: `donnees.documents.0.nom`).
function champAvecTexteInterdit(document: DocumentNode, variables: Record<string, unknown>): string | null {
  const chemin = cheminInterdit(variables, []);
  if (chemin) return chemin.join('.');
  if (!TEXTES_INTERDITS.has(document)) TEXTES_INTERDITS.set(document, argumentAvecTexteInterdit(document));
  return TEXTES_INTERDITS.get(document)!;
}

function argumentAvecTexteInterdit(document: DocumentNode): string | null {
  let argument = 'requete';
  let trouve: string | null = null;
  visit(document, {
    Argument(node) {
      argument = node.name.value;
    },
    StringValue(node) {
      if (interdit(node.value)) trouve ??= argument;
    },
  });
  return trouve;
}

function cheminInterdit(valeur: unknown, chemin: string[]): string[] | null {
  if (typeof valeur === 'string') return interdit(valeur) ? chemin : null;
  if (valeur === null || typeof valeur !== 'object') return null;
  for (const [cle, enfant] of Object.entries(valeur)) {
    const trouve = cheminInterdit(enfant, [...chemin, cle]);
    if (trouve) return trouve;
  }
  return null;
}
