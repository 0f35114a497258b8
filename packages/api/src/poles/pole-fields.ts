import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { POLE_LIGHT_FIELDS } from './pole-select.sql';

// The fields a light row answers (pole-select.sql.ts), with the one computed from them.
const LIGHT_FIELDS = new Set<string>(['__typename', ...POLE_LIGHT_FIELDS, 'physique']);

// Per field node of a parsed operation: the answer depends only on the document, which compiled operations reuse
// (benchmark scenario 1 asks it for 54 connections per request).
const lightByField = new WeakMap<FieldNode, boolean>();

// True when a connection field (`poles { nodes { … } edges { node { … } } }`) asks only for light fields of
// its poles. Anything not understood (directives on pole fields, unknown fragments) counts as "not light".
export function asksOnlyLightPoleFields(info: GraphQLResolveInfo): boolean {
  const field = info.fieldNodes.length === 1 ? info.fieldNodes[0]! : null;
  const known = field ? lightByField.get(field) : undefined;
  if (known !== undefined) return known;
  const light = computeAsksOnlyLightPoleFields(info);
  if (field) lightByField.set(field, light);
  return light;
}

function computeAsksOnlyLightPoleFields(info: GraphQLResolveInfo): boolean {
  const poleSelections: SelectionSetNode[] = [];
  for (const field of info.fieldNodes) {
    for (const sub of fieldsOf(field.selectionSet, info.fragments)) {
      if (sub === null) return false;
      if (sub.name.value === 'nodes' && sub.selectionSet) poleSelections.push(sub.selectionSet);
      if (sub.name.value === 'edges' && sub.selectionSet) {
        for (const edgeField of fieldsOf(sub.selectionSet, info.fragments)) {
          if (edgeField === null) return false;
          if (edgeField.name.value === 'node' && edgeField.selectionSet)
            poleSelections.push(edgeField.selectionSet);
        }
      }
    }
  }
  return poleSelections.every((set) =>
    fieldsOf(set, info.fragments).every(
      (f) => f !== null && !f.directives?.length && LIGHT_FIELDS.has(f.name.value),
    ),
  );
}

// Per field node too: a fiche asks it once per request.
const territoiresByField = new WeakMap<FieldNode, boolean>();

// True when a pole field's selection reads the territories containing it (Pole.territoires or Pole.territoire).
export function asksPoleTerritoires(info: GraphQLResolveInfo): boolean {
  const field = info.fieldNodes.length === 1 ? info.fieldNodes[0]! : null;
  const known = field ? territoiresByField.get(field) : undefined;
  if (known !== undefined) return known;
  const asks = info.fieldNodes.some((f) =>
    fieldsOf(f.selectionSet, info.fragments).some((s) => s !== null && (s.name.value === 'territoires' || s.name.value === 'territoire')),
  );
  if (field) territoiresByField.set(field, asks);
  return asks;
}

// The fields of a selection set, fragments flattened; null for a fragment it cannot resolve.
function fieldsOf(
  set: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
): (FieldNode | null)[] {
  if (!set) return [];
  return set.selections.flatMap((selection) => {
    if (selection.kind === 'Field') return [selection];
    if (selection.kind === 'InlineFragment') return fieldsOf(selection.selectionSet, fragments);
    const fragment = fragments[selection.name.value];
    return fragment ? fieldsOf(fragment.selectionSet, fragments) : [null];
  });
}
