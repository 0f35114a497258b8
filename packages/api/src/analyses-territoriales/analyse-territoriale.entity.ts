import { NIVEAUX_TERRITORIAUX } from '@poles-ess/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { checkIn } from '../database/check-in';
import { NiveauTerritorial } from '../territoires/territoire.enums';
import { FocusTerritoire } from './focus-territoire.type';

// A territorial analysis note, as the study framed them: a territory (a région or former région, or any level an
// editor chooses), focus territories, and the study's three questions as sections (null = non renseigné).
@Entity('analyse_territoriale')
@Check('analyse_territoriale_niveau_check', checkIn('niveau', NIVEAUX_TERRITORIAUX))
@Index('analyse_territoriale_territoire_idx', ['niveau', 'code'])
@ObjectType('AnalyseTerritoriale', {
  simpleResolvers: true,
  description: "Une note d'analyse territoriale : les trois questions de l'étude, chaque réponse citée de sa source ou écrite par un éditeur.",
})
export class AnalyseTerritoriale {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => NiveauTerritorial, { description: 'Niveau du territoire analysé (région ou ancienne région pour les notes de l’étude).' })
  @Column('text')
  niveau: NiveauTerritorial;

  @Field(() => String)
  @Column('text')
  code: string;

  @Field(() => String, { description: "Titre de la note (pour les notes de l'étude : son titre cité)." })
  @Column('text')
  titre: string;

  @Field(() => [FocusTerritoire], { description: 'Territoires du focus (communes ou EPCI).' })
  @Column('jsonb', { default: () => "'[]'" })
  focus: FocusTerritoire[];

  @Field(() => String, { nullable: true, description: '« Quelles dynamiques entre les acteurs ? » (null = non renseigné).' })
  @Column('text', { nullable: true })
  dynamiquesActeurs: string | null;

  @Field(() => String, { nullable: true, description: '« Quelles politiques ESS des collectivités locales ? » (null = non renseigné).' })
  @Column('text', { nullable: true })
  politiquesCollectivites: string | null;

  @Field(() => String, { nullable: true, description: '« Quels axes de développement ? » (null = non renseigné).' })
  @Column('text', { nullable: true })
  axesDeveloppement: string | null;

  @Field(() => String, { nullable: true, description: "Source du texte (l'étude et la partie citée, ou celle que l'éditeur donne) ; null = écrit par l'éditeur sans source." })
  @Column('text', { nullable: true })
  source: string | null;

  @Field(() => String, { nullable: true, description: "Qui l'a écrite (nom du jeton) ; null pour les notes chargées de l'étude." })
  @Column('text', { nullable: true })
  auteur: string | null;

  @Field(() => Int, { description: 'Version lue : à renvoyer à modifierAnalyseTerritoriale (CONFLICT si elle a changé).' })
  @Column('integer', { default: 1 })
  version: number;

  @Field(() => Date)
  @Column('timestamptz', { default: () => 'now()' })
  creeLe: Date;

  @Field(() => Date)
  @Column('timestamptz', { default: () => 'now()' })
  modifieLe: Date;

  @Column('timestamptz', { nullable: true })
  supprimeLe: Date | null;
}
