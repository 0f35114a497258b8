import { Field, ObjectType } from 'type-graphql';
import { EmploiEss } from './emploi-ess.entity';

@ObjectType({ simpleResolvers: true, description: "Le chiffre de l'emploi ESS d'un territoire comme la fiche de l'étude le présente." })
export class EmploiEssFiche {
  @Field(() => String, {
    description:
      "« N emplois dans l'économie sociale et solidaire, soit X % des effectifs salariés … » ; dit « non renseigné » plutôt que d'inventer un nombre.",
  })
  texte: string;

  @Field(() => String, { nullable: true, description: 'La répartition par famille, phrasée selon son unité ; null si inconnue.' })
  texteFamilles: string | null;

  @Field(() => String, { description: 'La source et l’année des données, en une ligne.' })
  texteSource: string;

  @Field(() => EmploiEss, { description: 'Le chiffre utilisé : le plus récent (à année égale : emploi salarié total, puis effectif connu).' })
  emploi: EmploiEss;
}
