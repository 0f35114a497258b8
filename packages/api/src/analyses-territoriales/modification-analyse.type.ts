import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: "Une écriture sur une note d'analyse : qui (nom du jeton), quoi (valeurs avant / après), quand." })
export class ModificationAnalyse {
  @Field(() => String, { description: 'CREATION, MODIFICATION, SUPPRESSION ou IMPORT.' })
  action: string;

  @Field(() => String, { nullable: true })
  auteur: string | null;

  @Field(() => Date)
  le: Date;

  @Field(() => GraphQLJSONObject, { description: 'Champ → { avant, apres }.' })
  changements: Record<string, unknown>;
}
