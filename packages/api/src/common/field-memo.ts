import { BREAK, visit, type FieldNode, type GraphQLResolveInfo } from 'graphql';

// A value that depends only on a field's arguments, computed once per field node of a parsed operation when those
// arguments are written in the document (no variable): compiled operations reuse their document, so a list of 18
// territories × 3 aliased `poles` fields (benchmark scenario 1) builds it 3 times per operation instead of 54 times
// per request. With variables (or several merged field nodes) it is built on each call.
const memos = new WeakMap<FieldNode, Map<string, unknown>>();
const sansVariable = new WeakMap<FieldNode, boolean>();

export function memoParChamp<T>(info: GraphQLResolveInfo, nom: string, build: () => T): T {
  const field = info.fieldNodes.length === 1 ? info.fieldNodes[0]! : null;
  if (!field || !argumentsLitteraux(field)) return build();
  let parNom = memos.get(field);
  if (!parNom) memos.set(field, (parNom = new Map()));
  if (!parNom.has(nom)) parNom.set(nom, build());
  return parNom.get(nom) as T;
}

function argumentsLitteraux(field: FieldNode): boolean {
  let litteraux = sansVariable.get(field);
  if (litteraux === undefined) {
    litteraux = true;
    for (const argument of field.arguments ?? []) {
      visit(argument.value, {
        Variable() {
          litteraux = false;
          return BREAK;
        },
      });
    }
    sansVariable.set(field, litteraux);
  }
  return litteraux;
}
