import { TYPES_POLE } from '@poles-ess/shared';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../common/graphql-enum';
import { EmploiEss } from '../emploi/emploi-ess.entity';
import { NiveauTerritorial } from '../territoires/territoire.enums';

// The number of poles of each type is an indicator of its own (POLES_<TYPE>).
export const IndicateurComparaison = graphqlEnum(
  [
    'POPULATION',
    'SUPERFICIE',
    'DENSITE_POPULATION',
    ...TYPES_POLE.map((type) => `POLES_${type}` as const),
    'ASSOCIATION_DEVELOPPEMENT_ACTIVE',
    'EMPLOI_ESS_EFFECTIF',
    'EMPLOI_ESS_PART',
    'PART_POPULATION_COUVERTE',
  ] as const,
  'IndicateurComparaison',
  'Indicateurs comparables côte à côte.',
);
export type IndicateurComparaison = keyof typeof IndicateurComparaison;

@ObjectType({ simpleResolvers: true, description: 'Une valeur d’indicateur avec sa source, son année et sa méthode.' })
export class ValeurIndicateur {
  @Field(() => IndicateurComparaison)
  indicateur: IndicateurComparaison;

  @Field(() => Float, { nullable: true, description: 'null = non renseigné.' })
  valeur: number | null;

  @Field(() => String, { description: 'La valeur écrite en français (fr-FR), « non renseigné » si inconnue.' })
  texte: string;

  @Field(() => Int, { nullable: true })
  annee: number | null;

  @Field(() => String, { nullable: true, description: 'La source de la valeur.' })
  source: string | null;

  @Field(() => String, { nullable: true, description: "L'adresse de la source, à montrer comme lien, quand elle est connue." })
  url: string | null;

  @Field(() => String, { description: 'Comment la valeur est obtenue.' })
  methode: string;

  @Field(() => EmploiEss, {
    nullable: true,
    description: "Pour l'emploi ESS : le chiffre retenu, avec ce qu'il vaut (nature de l'année, unité, borne, source secondaire) et sa source.",
  })
  emploi: EmploiEss | null;

  @Field(() => String, {
    nullable: true,
    description: 'Ce qui limite la comparaison de cet indicateur entre les territoires (par exemple des années différentes) ; null sinon.',
  })
  avertissement: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'Un territoire de la comparaison et ses valeurs.' })
export class ComparaisonTerritoire {
  @Field(() => NiveauTerritorial)
  niveau: NiveauTerritorial;

  @Field(() => String)
  code: string;

  @Field(() => String)
  nom: string;

  @Field(() => Boolean, { description: 'Vrai pour un territoire englobant ajouté par `parents`.' })
  parent: boolean;

  @Field(() => [ValeurIndicateur])
  valeurs: ValeurIndicateur[];
}
