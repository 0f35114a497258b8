import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { DEFAULT_FIRST, MAX_FIRST } from '../../common/pagination';
import { poidsChamp } from './poids-champs';

// What an operation asks once its fragments are expanded, as graphql-jit compiles it and as the server would run it.
export interface MesureOperation {
  // Nested fields, the deepest branch.
  profondeur: number;
  alias: number;
  // Field nodes, every fragment spread counted each time it is spread.
  champs: number;
  // Estimated work, in kilobytes of answer: each field's weight, times the estimated length of the lists above it
  // (rounded up once the whole operation is measured).
  cout: number;
  // The same for the schema's introspection (__schema, __type), answered from memory: the GraphQL IDE's query
  // costs about 50,000, a nest of `types { fields { type { fields … } } }` far more.
  coutIntrospection: number;
}

// A list whose length the query does not bound is counted as this many items.
export const LONGUEUR_LISTE_ESTIMEE = 10;

interface Contexte {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  // One measure per fragment and page size: a fragment spread a million times is measured once (linear time).
  memo: Map<string, MesureOperation>;
  enCours: Set<string>;
}

const VIDE: MesureOperation = { profondeur: 0, alias: 0, champs: 0, cout: 0, coutIntrospection: 0 };

export function mesurerOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): MesureOperation {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const racine = schema.getRootType(operation.operation) ?? null;
  const mesure = mesurerSelection({ schema, fragments, variables, memo: new Map(), enCours: new Set() }, operation.selectionSet, racine, DEFAULT_FIRST);
  return { ...mesure, cout: Math.ceil(mesure.cout - 1e-9), coutIntrospection: Math.ceil(mesure.coutIntrospection - 1e-9) };
}

function additionner(total: MesureOperation, m: MesureOperation): void {
  total.profondeur = Math.max(total.profondeur, m.profondeur);
  total.alias += m.alias;
  total.champs += m.champs;
  total.cout += m.cout;
  total.coutIntrospection += m.coutIntrospection;
}

function mesurerSelection(ctx: Contexte, selectionSet: SelectionSetNode, type: GraphQLCompositeType | null, page: number): MesureOperation {
  const total = { ...VIDE };
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) additionner(total, mesurerChamp(ctx, selection, type, page));
    else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition ? ctx.schema.getType(selection.typeCondition.name.value) : type;
      additionner(total, mesurerSelection(ctx, selection.selectionSet, isCompositeType(condition) ? condition : null, page));
    } else additionner(total, mesurerFragment(ctx, selection.name.value, page));
  }
  return total;
}

function mesurerFragment(ctx: Contexte, nom: string, page: number): MesureOperation {
  const cle = `${nom}:${page}`;
  const connu = ctx.memo.get(cle);
  if (connu) return connu;
  const fragment = ctx.fragments.get(nom);
  // Validation refuses unknown fragments and cycles before this runs; a cycle met anyway counts as nothing.
  if (!fragment || ctx.enCours.has(cle)) return VIDE;
  ctx.enCours.add(cle);
  const type = ctx.schema.getType(fragment.typeCondition.name.value);
  const mesure = mesurerSelection(ctx, fragment.selectionSet, isCompositeType(type) ? type : null, page);
  ctx.enCours.delete(cle);
  ctx.memo.set(cle, mesure);
  return mesure;
}

function definitionDe(ctx: Contexte, type: GraphQLCompositeType | null, nom: string): GraphQLField<unknown, unknown> | undefined {
  if (nom === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  if (type === ctx.schema.getQueryType() && nom === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
  if (type === ctx.schema.getQueryType() && nom === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  return type && 'getFields' in type ? type.getFields()[nom] : undefined;
}

export function argumentsDe(champ: FieldNode, variables: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries((champ.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, variables)]));
}

function mesurerChamp(ctx: Contexte, champ: FieldNode, parent: GraphQLCompositeType | null, page: number): MesureOperation {
  const definition = definitionDe(ctx, parent, champ.name.value);
  const args = argumentsDe(champ, ctx.variables);
  const poids = poidsChamp(parent?.name ?? '', champ.name.value, args);
  const alias = champ.alias ? 1 : 0;
  if (!champ.selectionSet) return { ...VIDE, profondeur: 1, alias, champs: 1, cout: poids };
  const retour = definition ? getNullableType(definition.type) : null;
  const namedType = definition ? getNamedType(definition.type) : null;
  // A connection's `nodes` and `edges` hold `first` items (the page asked for, bounded like the API bounds it).
  const premier = typeof args.first === 'number' && args.first >= 0 ? Math.min(args.first, MAX_FIRST) : DEFAULT_FIRST;
  const pageEnfants = namedType && isObjectType(namedType) && namedType.name.endsWith('Connection') ? premier : page;
  const enfants = mesurerSelection(ctx, champ.selectionSet, isCompositeType(namedType) ? namedType : null, pageEnfants);
  const longueur = retour && isListType(retour) ? (parent?.name.endsWith('Connection') ? page : LONGUEUR_LISTE_ESTIMEE) : 1;
  const cout = poids + longueur * enfants.cout;
  const coutIntrospection = longueur * enfants.coutIntrospection;
  const introspection = definition === SchemaMetaFieldDef || definition === TypeMetaFieldDef;
  return {
    profondeur: 1 + enfants.profondeur,
    alias: alias + enfants.alias,
    champs: 1 + enfants.champs,
    cout: introspection ? 0 : cout,
    coutIntrospection: introspection ? cout + coutIntrospection : coutIntrospection,
  };
}
