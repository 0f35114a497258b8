import { Field, ObjectType } from 'type-graphql';
import { NiveauTerritorial } from '../territoires/territoire.enums';

@ObjectType({
  simpleResolvers: true,
  description: "Le territoire d'action tel que l'étude le nomme : un territoire officiel (niveau + code) ou un libellé libre (« montagne limousine »).",
})
export class TerritoireAction {
  @Field(() => String, { description: "Le libellé tel que cité (ex. « Pays de St Malo », « pays angevin »)." })
  libelle: string;

  @Field(() => NiveauTerritorial, { nullable: true, description: "Null quand ce n'est pas un niveau officiel." })
  niveau: NiveauTerritorial | null;

  @Field(() => String, { nullable: true })
  code: string | null;
}
