import { registerEnumType } from 'type-graphql';

// A GraphQL enum from one list of values (the one in @poles-ess/shared): `Enum.VALUE` reads as the value itself.
export function graphqlEnum<T extends string>(values: readonly T[], name: string, description: string): { readonly [K in T]: K } {
  const enumeration = Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
  registerEnumType(enumeration, { name, description });
  return enumeration;
}
