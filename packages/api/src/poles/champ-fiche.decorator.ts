import { Field } from 'type-graphql';
import type { ZodType } from 'zod';
import type { CodecCsv, FabriqueCodec } from './fiche-csv.codecs';

// A GraphQL type as type-graphql's decorators take it (its own name for it is not exported).
type TypeGraphql = NonNullable<Parameters<typeof Field>[0]> & (() => unknown);

// A field of the fiche that editors write (GraphQL, imports) and that exports give back.
export interface ChampFiche {
  property: string;
  // The GraphQL input type (DonneesPoleInput), by default the output's.
  saisie: TypeGraphql;
  descriptionSaisie?: string;
  // The accepted value (null = unknown); the input is always optional (absent = unchanged).
  valider: ZodType;
  // Its columns in the CSV of imports and exports; null: not in the CSV.
  csv: CodecCsv | null;
}

export interface OptionsChampFiche {
  nullable?: boolean;
  description?: string;
  saisie?: TypeGraphql;
  descriptionSaisie?: string;
  valider: ZodType;
  csv: FabriqueCodec | null;
}

// Every fiche field, in declaration order: the input type, the validation, the CSV columns and the writes are
// derived from this list (adding a field to the fiche is one declaration in pole.entity.ts and its migration).
export const CHAMPS_FICHE: ChampFiche[] = [];

// The GraphQL field of the fiche (as type-graphql's @Field) and what editing it takes.
export function ChampFiche(type: TypeGraphql, options: OptionsChampFiche): PropertyDecorator {
  return (target, property) => {
    Field(type, { nullable: options.nullable, description: options.description })(target, property as string);
    CHAMPS_FICHE.push({
      property: property as string,
      saisie: options.saisie ?? type,
      descriptionSaisie: options.descriptionSaisie,
      valider: options.valider,
      csv: options.csv ? options.csv(property as string) : null,
    });
  };
}
