import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';

export enum MesureRepartition {
  NOMBRE_POLES = 'NOMBRE_POLES',
  EMPLOI_ESS = 'EMPLOI_ESS',
}
registerEnumType(MesureRepartition, {
  name: 'MesureRepartition',
  description: 'NOMBRE_POLES : pôles comptés (séries = types, ou statuts par TYPE) ; EMPLOI_ESS : emploi ESS du territoire `dans` (FAMILLE ou ANNEE).',
});

export enum DimensionRepartition {
  ANCIENNE_REGION = 'ANCIENNE_REGION',
  REGION = 'REGION',
  DEPARTEMENT = 'DEPARTEMENT',
  PAYS = 'PAYS',
  TYPE = 'TYPE',
  STATUT = 'STATUT',
  ANNEE_CREATION = 'ANNEE_CREATION',
  FAMILLE = 'FAMILLE',
  ANNEE = 'ANNEE',
}
registerEnumType(DimensionRepartition, { name: 'DimensionRepartition', description: 'Ce que représente chaque ligne.' });

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
}
