import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: "Un chiffre agrégé de l'étude fondatrice (recensement, typologie, conclusions)." })
export class ChiffreEtude {
  @Field(() => String)
  indicateur: string;

  @Field(() => String, { description: 'France, une région, un Pays ou une ville, tel que l’étude le cite.' })
  perimetre: string;

  @Field(() => Float)
  valeur: number;

  @Field(() => String)
  unite: string;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => String)
  source: string;
}
