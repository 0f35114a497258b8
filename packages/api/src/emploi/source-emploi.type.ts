import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: "La source d'un chiffre, telle que la citation la donne ; ce qu'elle ne dit pas reste null." })
export class SourceEmploi {
  @Field(() => String, { description: 'La citation complète, telle que transcrite.' })
  titre: string;

  @Field(() => String, { nullable: true, description: "L'éditeur, quand la citation le nomme." })
  editeur: string | null;

  @Field(() => Int, { nullable: true, description: "L'année de publication, quand la citation la donne." })
  annee: number | null;

  @Field(() => String, { nullable: true, description: 'Un lien écrit dans la citation elle-même.' })
  lien: string | null;

  @Field(() => String, { nullable: true, description: "L'adresse où la valeur a été lue (à montrer comme lien) ; à défaut le lien de la citation." })
  url: string | null;
}
