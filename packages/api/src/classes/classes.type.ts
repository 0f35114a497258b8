import { METHODES_CLASSIFICATION } from '@poles-ess/shared';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../common/graphql-enum';
import { Comptage } from '../poles/comptage.type';

export const IndicateurCarte = graphqlEnum(
  ['POPULATION', 'DENSITE_POPULATION', 'NOMBRE_POLES', 'POLES_POUR_100000_HABITANTS', 'PART_EMPLOI_ESS', 'PART_POPULATION_COUVERTE'] as const,
  'IndicateurCarte',
  'Indicateurs cartographiables. PART_EMPLOI_ESS : part la plus récente dont le dénominateur est l’emploi salarié total (les autres dénominateurs sont écartés pour rester comparables).',
);
export type IndicateurCarte = keyof typeof IndicateurCarte;

export const MethodeClassification = graphqlEnum(
  METHODES_CLASSIFICATION,
  'MethodeClassification',
  'Quantiles (effectifs égaux), intervalles égaux, ou seuils naturels de Jenks (ckmeans).',
);
export type MethodeClassification = keyof typeof MethodeClassification;

@ObjectType({ simpleResolvers: true })
export class ValeurTerritoire {
  @Field(() => String)
  code: string;

  @Field(() => String)
  nom: string;

  @Field(() => Float, { nullable: true, description: 'null = non renseigné (hors classes).' })
  valeur: number | null;

  @Field(() => Int, { nullable: true, description: 'Indice de classe (0 = la plus basse), null sans valeur.' })
  classe: number | null;

  @Field(() => Int, { nullable: true, description: 'Année de la valeur quand elle en a une.' })
  annee: number | null;

  @Field(() => String, { nullable: true, description: 'Source de la valeur quand elle vient d’une source propre au territoire.' })
  source: string | null;

  @Field(() => String, { nullable: true, description: "L'adresse de cette source, à montrer comme lien, quand elle est connue." })
  url: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'Les classes d’une carte choroplèthe, calculées une fois sur le serveur.' })
export class Classes {
  @Field(() => [Float], {
    description:
      'Bornes, de la plus basse à la plus haute (nombre de classes + 1) ; classe i = [bornes[i], bornes[i+1][, la dernière fermée. Chaque classe commence sur une valeur réelle (aucune classe vide, bornes entières pour des valeurs entières) ; au plus autant de classes que de valeurs distinctes ; 0, quand il est la plus petite valeur, est une classe à lui seul.',
  })
  bornes: number[];

  @Field(() => [ValeurTerritoire])
  valeurs: ValeurTerritoire[];

  @Field(() => String, { description: 'Ce que mesure l’indicateur et d’où il vient.' })
  methode: string;

  @Field(() => Comptage, { nullable: true, description: 'Pour un indicateur qui compte des pôles : la règle de comptage et les pôles laissés de côté.' })
  comptage: Comptage | null;

  @Field(() => Int, { description: 'Territoires du niveau (et de `dans`) qui ont une valeur.' })
  nombreDisponibles: number;

  @Field(() => Int, { description: 'Territoires du niveau (et de `dans`).' })
  nombreTerritoires: number;

  @Field(() => String, {
    nullable: true,
    description: '« données disponibles pour N territoires sur M » quand des territoires n’ont pas de valeur (à dire dans la légende et le tableau) ; null quand tous en ont une.',
  })
  disponibilite: string | null;
}
