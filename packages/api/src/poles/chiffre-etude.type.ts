import { Field, Float, Int, ObjectType } from 'type-graphql';
import { NiveauTerritorial } from '../territoires/territoire.enums';
import { UniteChiffreEtude } from './chiffre-etude.enums';
import { StatutPole, TypePole } from './pole.enums';

@ObjectType({ simpleResolvers: true, description: "Le périmètre d'un chiffre de l'étude, comme territoire du référentiel." })
export class PerimetreEtude {
  @Field(() => NiveauTerritorial, { description: "La Bretagne de l'étude (vers 2010) est l'ancienne région 53." })
  niveau: NiveauTerritorial;

  @Field(() => String)
  code: string;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "La somme des parties d'un total de l'étude, comparée au total qu'elle annonce. L'écart est celui de l'étude elle-même : il est constaté, pas corrigé.",
})
export class SommeEtude {
  @Field(() => [String], { description: 'Les indicateurs additionnés (un par type de pôle).' })
  parties: string[];

  @Field(() => Int)
  sommeDesParties: number;

  @Field(() => Int, { description: 'Somme des parties moins le total annoncé (négatif : les parties en comptent moins).' })
  ecart: number;

  @Field(() => String, { description: "L'écart dit en français, avec le détail de l'addition." })
  explication: string;
}

@ObjectType({ simpleResolvers: true, description: "Un chiffre agrégé de l'étude fondatrice (recensement, typologie, conclusions)." })
export class ChiffreEtude {
  @Field(() => String)
  indicateur: string;

  @Field(() => String, { description: 'France, une région, un Pays ou une ville, tel que l’étude le cite.' })
  perimetre: string;

  @Field(() => PerimetreEtude, { description: 'Le périmètre comme territoire (niveau et code).' })
  territoire: PerimetreEtude;

  @Field(() => Float)
  valeur: number;

  @Field(() => Int, { nullable: true, description: 'La valeur quand elle dénombre (pôles, projets, régions, fiches) ; null pour un % ou une surface.' })
  nombre: number | null;

  @Field(() => String, { description: 'L’unité telle que transcrite (voir `uniteType`).' })
  unite: string;

  @Field(() => UniteChiffreEtude)
  uniteType: UniteChiffreEtude;

  @Field(() => TypePole, { nullable: true, description: 'Le type de pôle compté ; null quand le chiffre les compte tous ou n’en compte aucun.' })
  type: TypePole | null;

  @Field(() => StatutPole, {
    nullable: true,
    description: 'ACTIF = existant lors de l’étude, PROJET = en projet ; null quand le chiffre ne porte pas sur des pôles.',
  })
  statut: StatutPole | null;

  @Field(() => String, { nullable: true, description: 'Le total dont ce chiffre est une partie, selon la typologie de l’étude.' })
  partieDe: string | null;

  @Field(() => SommeEtude, { nullable: true, description: "Pour un total : l'addition de ses parties et l'écart avec le total annoncé." })
  somme: SommeEtude | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => String)
  source: string;
}
