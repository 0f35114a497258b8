import { Field, InputType } from 'type-graphql';
import { TerritoireRef } from '../territoires/territoire-ref.input';

@InputType({ description: "Les champs d'une note d'analyse territoriale ; un champ absent n'est pas modifié, null l'efface." })
export class DonneesAnalyseInput {
  @Field(() => TerritoireRef, { nullable: true, description: 'Territoire analysé (obligatoire à la création).' })
  territoire?: TerritoireRef | null;

  @Field(() => String, { nullable: true, description: 'Titre (obligatoire à la création, 300 caractères au plus).' })
  titre?: string | null;

  @Field(() => [TerritoireRef], { nullable: true, description: 'Territoires du focus (50 au plus).' })
  focus?: TerritoireRef[] | null;

  @Field(() => String, { nullable: true })
  dynamiquesActeurs?: string | null;

  @Field(() => String, { nullable: true })
  politiquesCollectivites?: string | null;

  @Field(() => String, { nullable: true })
  axesDeveloppement?: string | null;

  @Field(() => String, { nullable: true, description: 'Source du texte (1 000 caractères au plus).' })
  source?: string | null;
}
