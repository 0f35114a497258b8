import { Field, ObjectType } from 'type-graphql';
import { TypePole } from '../poles/pole.enums';

@ObjectType({ simpleResolvers: true, description: "Une case de la typologie de l'étude : non physique / physique × une fonction / multifonction." })
export class TypeEtude {
  @Field(() => TypePole, { description: 'Le type de pôle des fiches qui correspond à cette case.' })
  type: TypePole;

  @Field(() => Boolean, { description: 'Physique (des locaux) ou non physique.' })
  physique: boolean;

  @Field(() => Boolean, { description: 'MULTI fonction (vrai) ou UNE fonction.' })
  multifonction: boolean;

  @Field(() => String, { description: "Le nom du type tel que l'étude l'écrit." })
  libelle: string;

  @Field(() => String, { description: "Les fonctions, telles que le schéma de l'étude les écrit." })
  fonctions: string;

  @Field(() => [String], { description: "Ce que l'étude dit de ce type, ligne à ligne." })
  description: string[];
}

@ObjectType({ simpleResolvers: true, description: "Une partie du texte de l'étude, ligne à ligne, citée telle quelle." })
export class SectionEtude {
  @Field(() => String, { description: 'ENJEUX, CONTEXTE_FRANCE, CONTEXTE_BRETAGNE, OBJECTIFS, METHODE, PRODUCTIONS, PREALABLES, ENJEU_EMERGENT.' })
  cle: string;

  @Field(() => String)
  titre: string;

  @Field(() => [String])
  lignes: string[];
}

@ObjectType({ simpleResolvers: true, description: "Le texte de référence de l'étude fondatrice : définition, typologie, enjeux, contexte, méthode, productions." })
export class EtudeReference {
  @Field(() => String)
  titre: string;

  @Field(() => String)
  sousTitre: string;

  @Field(() => String, { description: "Date de l'étude : approximative (l'étude n'est pas datée), dit comment elle est estimée." })
  periode: string;

  @Field(() => String)
  source: string;

  @Field(() => String)
  definition: string;

  @Field(() => [TypeEtude])
  typologie: TypeEtude[];

  @Field(() => [SectionEtude])
  sections: SectionEtude[];
}
