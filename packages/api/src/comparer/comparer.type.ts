import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NiveauTerritorial } from '../territoires/territoire.enums';

export enum IndicateurComparaison {
  POPULATION = 'POPULATION',
  SUPERFICIE = 'SUPERFICIE',
  DENSITE_POPULATION = 'DENSITE_POPULATION',
  POLES_ASSOCIATION_DEVELOPPEMENT = 'POLES_ASSOCIATION_DEVELOPPEMENT',
  POLES_ESPACE_HEBERGEMENT = 'POLES_ESPACE_HEBERGEMENT',
  POLES_CENTRE_MULTIFONCTION = 'POLES_CENTRE_MULTIFONCTION',
  ASSOCIATION_DEVELOPPEMENT_ACTIVE = 'ASSOCIATION_DEVELOPPEMENT_ACTIVE',
  EMPLOI_ESS_EFFECTIF = 'EMPLOI_ESS_EFFECTIF',
  EMPLOI_ESS_PART = 'EMPLOI_ESS_PART',
  PART_POPULATION_COUVERTE = 'PART_POPULATION_COUVERTE',
}
registerEnumType(IndicateurComparaison, { name: 'IndicateurComparaison', description: 'Indicateurs comparables côte à côte.' });

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

  @Field(() => String, { description: 'Comment la valeur est obtenue.' })
  methode: string;
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
