import { NIVEAUX_TERRITORIAUX } from '@poles-ess/shared';
import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { checkIn } from '../database/check-in';
import { NiveauTerritorial } from '../territoires/territoire.enums';
import { SoutienCollectivites, VALEURS_SOUTIEN } from './soutien-collectivites.enums';

// The second prerequisite of the study (« Un soutien des collectivités locales »), as editors assess it, one row per
// territory. No row = INCONNU.
@Entity('evaluation_soutien')
@Check('evaluation_soutien_niveau_check', checkIn('niveau', NIVEAUX_TERRITORIAUX))
@Check('evaluation_soutien_valeur_check', checkIn('valeur', VALEURS_SOUTIEN))
@ObjectType('EvaluationSoutien', {
  simpleResolvers: true,
  description: "L'évaluation du soutien des collectivités locales d'un territoire (second préalable de l'étude).",
})
export class EvaluationSoutien {
  @Field(() => NiveauTerritorial)
  @PrimaryColumn('text')
  niveau: NiveauTerritorial;

  @Field(() => String)
  @PrimaryColumn('text')
  code: string;

  @Field(() => SoutienCollectivites)
  @Column('text')
  valeur: SoutienCollectivites;

  @Field(() => String, { nullable: true, description: 'Ce qui fonde l’évaluation (délibération, convention, financement…).' })
  @Column('text', { nullable: true })
  texte: string | null;

  @Field(() => String, { nullable: true, description: 'Source de l’évaluation (obligatoire pour OUI et NON).' })
  @Column('text', { nullable: true })
  source: string | null;

  @Field(() => String, { nullable: true, description: "Date de ce qui est évalué (AAAA-MM-JJ), telle que l'éditeur la donne." })
  @Column('date', { nullable: true })
  dateEvaluation: string | null;

  @Field(() => String, { nullable: true, description: 'Qui l’a enregistrée (nom du jeton).' })
  @Column('text', { nullable: true })
  auteur: string | null;

  @Column('uuid', { nullable: true })
  jetonId: string | null;

  @Field(() => Int, { description: 'Version : à renvoyer pour modifier (CONFLICT si elle a changé).' })
  @Column('integer', { default: 1 })
  version: number;

  @Field(() => Date)
  @Column('timestamptz', { default: () => 'now()' })
  modifieLe: Date;
}
