import { Field, Float, InputType, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'Un document joint à la fiche (statuts, rapport…).' })
export class DocumentJoint {
  @Field(() => String)
  nom: string;

  @Field(() => String, { nullable: true })
  lien: string | null;
}

@InputType()
export class DocumentJointInput {
  @Field(() => String)
  nom: string;

  @Field(() => String, { nullable: true })
  lien?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "La source d'une valeur de la fiche." })
export class SourceChamp {
  @Field(() => String, { description: 'Nom du champ GraphQL (ex. « statut », « siteWeb »).' })
  champ: string;

  @Field(() => String)
  source: string;
}

@InputType()
export class SourceChampInput {
  @Field(() => String)
  champ: string;

  @Field(() => String)
  source: string;
}

@InputType({ description: 'Longitude et latitude WGS 84.' })
export class PointInput {
  @Field(() => Float)
  lon: number;

  @Field(() => Float)
  lat: number;
}
