import { Field, ID, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../common/graphql-enum';
import { NiveauTerritorial } from '../territoires/territoire.enums';

// One rule for every figure that counts poles by territory (repartition, couverture, classes, a territory's poles).
export const RegleComptage = graphqlEnum(
  ['SITUE_OU_RATTACHE'] as const,
  'RegleComptage',
  "Comment un pôle est compté dans un territoire. SITUE_OU_RATTACHE : par sa position (adresse ou centre de sa commune siège) quand elle est connue ; sinon par son territoire d'action officiel (un Pays, un EPCI…) et les territoires qui le contiennent. Un pôle sans position ni territoire d'action officiel n'est compté dans aucun territoire : chaque chiffre dit combien il en laisse de côté, et pourquoi.",
);
export type RegleComptage = keyof typeof RegleComptage;

@ObjectType({ simpleResolvers: true, description: 'Un pôle qu’un chiffre ne compte dans aucun territoire de son niveau, et pourquoi.' })
export class PoleHorsComptage {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  nom: string;

  @Field(() => String)
  raison: string;
}

@ObjectType({ simpleResolvers: true, description: 'La règle de comptage des pôles d’un chiffre, et les pôles qu’il laisse de côté.' })
export class Comptage {
  @Field(() => RegleComptage)
  regle: RegleComptage;

  @Field(() => NiveauTerritorial, { description: 'Le niveau des territoires où les pôles sont comptés.' })
  niveau: NiveauTerritorial;

  @Field(() => String, { description: 'La règle et ce qu’elle écarte, en français.' })
  explication: string;

  @Field(() => Int, { description: 'Pôles (non supprimés) comptés dans aucun territoire de ce niveau.' })
  polesHorsComptage: number;

  @Field(() => [PoleHorsComptage])
  horsComptage: PoleHorsComptage[];
}
