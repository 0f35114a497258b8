import { Field, Float, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../common/graphql-enum';
import { Comptage } from '../poles/comptage.type';

export const MesureRepartition = graphqlEnum(
  ['NOMBRE_POLES', 'EMPLOI_ESS'] as const,
  'MesureRepartition',
  'NOMBRE_POLES : pôles comptés (séries = types, ou statuts par TYPE) ; EMPLOI_ESS : emploi ESS du territoire `dans` (FAMILLE ou ANNEE).',
);
export type MesureRepartition = keyof typeof MesureRepartition;

export const DimensionRepartition = graphqlEnum(
  ['ANCIENNE_REGION', 'REGION', 'DEPARTEMENT', 'PAYS', 'TYPE', 'STATUT', 'ANNEE_CREATION', 'FAMILLE', 'ANNEE'] as const,
  'DimensionRepartition',
  'Ce que représente chaque ligne.',
);
export type DimensionRepartition = keyof typeof DimensionRepartition;

@ObjectType({ simpleResolvers: true })
export class SerieRepartition {
  @Field(() => String)
  cle: string;

  @Field(() => String)
  libelle: string;
}

@ObjectType({ simpleResolvers: true })
export class ValeurSerie {
  @Field(() => String)
  serie: string;

  @Field(() => Float, { nullable: true })
  valeur: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'Une ligne de graphique : une clé, un libellé, une valeur par série.' })
export class LigneRepartition {
  @Field(() => String, { description: 'Clé stable (code, valeur d’enum, année) ; « NON_RENSEIGNE » pour l’inconnu.' })
  cle: string;

  @Field(() => String)
  libelle: string;

  @Field(() => [ValeurSerie])
  valeurs: ValeurSerie[];

  @Field(() => Float)
  total: number;

  @Field(() => String, { nullable: true, description: 'Source propre à la ligne (emploi ESS).' })
  source: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'Une répartition prête pour un graphique, avec sa source.' })
export class Repartition {
  @Field(() => [SerieRepartition])
  series: SerieRepartition[];

  @Field(() => [LigneRepartition])
  lignes: LigneRepartition[];

  @Field(() => String, { description: 'Source et méthode de la répartition.' })
  source: string;

  @Field(() => Comptage, { nullable: true, description: 'Pour NOMBRE_POLES : la règle de comptage et les pôles laissés de côté (null pour l’emploi).' })
  comptage: Comptage | null;
}

export const TriRepartition = graphqlEnum(
  ['TOTAL_DECROISSANT', 'TOTAL_CROISSANT', 'LIBELLE', 'CLE'] as const,
  'TriRepartition',
  'Ordre des lignes : total décroissant ou croissant (à égalité, par libellé), par libellé, ou par clé (l’ordre par défaut). La ligne « non renseigné » reste à la fin.',
);
export type TriRepartition = keyof typeof TriRepartition;
