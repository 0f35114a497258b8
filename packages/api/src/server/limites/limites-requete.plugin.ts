import { visit, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApiError } from '../../common/api-error';
import type { ApiContext } from '../../context';
import { LIMITES_REQUETE, limiteDepassee, type LimiteRequete } from '../../common/limites-requete';
import { mesurerOperation, type MesureOperation } from './mesurer-operation';

const MESUREES: (keyof MesureOperation & LimiteRequete)[] = ['profondeur', 'alias', 'champs', 'cout', 'coutIntrospection'];

// Refuses, once the operation is known and before it runs (no SQL), what goes past a bound of LIMITES_REQUETE,
// and a NUL character anywhere in the arguments (PostgreSQL stores no NUL in a text).
export function limitesRequetePlugin(schema: GraphQLSchema): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const mesure = mesurerOperation(schema, document, operation, request.variables ?? {});
          for (const limite of MESUREES) if (mesure[limite] > LIMITES_REQUETE[limite]) throw limiteDepassee(limite, mesure[limite]);
          const nul = champAvecNul(document, request.variables ?? {});
          if (nul) throw new ApiError('BAD_USER_INPUT', `${nul} : caractère nul (\\u0000) interdit dans un texte.`, { champ: nul, http: { status: 400 } });
        },
      };
    },
  };
}

// The argument or variable holding a NUL character, if any (its path: `donnees.documents.0.nom`).
function champAvecNul(document: DocumentNode, variables: Record<string, unknown>): string | null {
  const chemin = cheminAvecNul(variables, []);
  if (chemin) return chemin.join('.');
  let argument = 'requete';
  let trouve: string | null = null;
  visit(document, {
    Argument(node) {
      argument = node.name.value;
    },
    StringValue(node) {
      if (node.value.includes('\u0000')) trouve ??= argument;
    },
  });
  return trouve;
}

function cheminAvecNul(valeur: unknown, chemin: string[]): string[] | null {
  if (typeof valeur === 'string') return valeur.includes('\u0000') ? chemin : null;
  if (valeur === null || typeof valeur !== 'object') return null;
  for (const [cle, enfant] of Object.entries(valeur)) {
    const trouve = cheminAvecNul(enfant, [...chemin, cle]);
    if (trouve) return trouve;
  }
  return null;
}
