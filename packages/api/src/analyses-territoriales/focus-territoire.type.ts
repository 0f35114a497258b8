import { Field, ObjectType } from 'type-graphql';
import { NiveauTerritorial } from '../territoires/territoire.enums';

@ObjectType({ simpleResolvers: true, description: "Un territoire du focus d'une note." })
export class FocusTerritoire {
  @Field(() => NiveauTerritorial)
  niveau: NiveauTerritorial;

  @Field(() => String)
  code: string;

  @Field(() => String, { nullable: true, description: "Le nom tel que la source le cite (« St Brieuc ») : l'étude nomme des villes, lues comme les communes de ce nom." })
  cite: string | null;
}
