import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { checkIn } from '../database/check-in';
import { Pole } from './pole.entity';

export const METHODES_RATTACHEMENT = ['GEOMETRIE', 'LIEN_COMMUNE_SIEGE', 'LIEN_TERRITOIRE_ACTION'] as const;

// The territories containing a pole: by its position (PostGIS), else through its seat commune or its territory of
// action where geometry is missing (recompute-pole-territoires.ts).
@Entity('pole_territoire')
@Check('pole_territoire_methode_check', checkIn('methode', METHODES_RATTACHEMENT))
@Index('pole_territoire_territoire_idx', ['niveau', 'code'])
export class PoleTerritoire {
  @PrimaryColumn('uuid')
  poleId: string;

  @ManyToOne(() => Pole, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pole_id' })
  pole: Pole;

  @PrimaryColumn('text')
  niveau: string;

  @PrimaryColumn('text')
  code: string;

  @Column('text')
  methode: (typeof METHODES_RATTACHEMENT)[number];
}
