// The schema as the API describes it (standard introspection), enough to generate operations from it.
export interface TypeRef {
  kind: 'SCALAR' | 'OBJECT' | 'INTERFACE' | 'UNION' | 'ENUM' | 'INPUT_OBJECT' | 'LIST' | 'NON_NULL';
  name: string | null;
  ofType: TypeRef | null;
}

export interface InputValue {
  name: string;
  type: TypeRef;
  defaultValue: string | null;
}

export interface Champ {
  name: string;
  args: InputValue[];
  type: TypeRef;
}

export interface TypeComplet {
  kind: TypeRef['kind'];
  name: string;
  fields: Champ[] | null;
  inputFields: InputValue[] | null;
  enumValues: { name: string }[] | null;
}

export interface Schema {
  queryType: { name: string };
  mutationType: { name: string } | null;
  types: TypeComplet[];
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';

export const INTROSPECTION = `{ __schema { queryType { name } mutationType { name }
  types { kind name
    fields { name args { name defaultValue type { ${TYPE_REF} } } type { ${TYPE_REF} } }
    inputFields { name defaultValue type { ${TYPE_REF} } }
    enumValues { name } } } }`;

// The named type under lists and non-nulls.
export function nomme(type: TypeRef): TypeRef {
  return type.ofType ? nomme(type.ofType) : type;
}

export function indexer(schema: Schema): Map<string, TypeComplet> {
  return new Map(schema.types.map((t) => [t.name, t]));
}
