import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { NiveauTerritorial } from '../territoires/territoire.enums';
import { Pole } from './pole.entity';

// The territory of action as the study names it: an official level and code, or free text only.
@Entity('pole_territoire_action')
@Check('pole_territoire_action_check', '(niveau IS NULL) = (code IS NULL)')
@Index('pole_territoire_action_pole_idx', ['poleId'])
@ObjectType({
  simpleResolvers: true,
  description: "Le territoire d'action tel que l'étude le nomme : un territoire officiel (niveau + code) ou un libellé libre (« montagne limousine »).",
})
export class TerritoireAction {
  @PrimaryGeneratedColumn()
  id: number;

  @Column('uuid')
  poleId: string;

  @ManyToOne(() => Pole, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pole_id' })
  pole: Pole;

  @Field(() => NiveauTerritorial, { nullable: true, description: "Null quand ce n'est pas un niveau officiel." })
  @Column('text', { nullable: true })
  niveau: NiveauTerritorial | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  code: string | null;

  @Field(() => String, { description: 'Le libellé tel que cité (ex. « Pays de St Malo », « pays angevin »).' })
  @Column('text')
  libelle: string;
}
