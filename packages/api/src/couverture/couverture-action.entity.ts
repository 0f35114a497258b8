import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { checkIn } from '../database/check-in';

export const RELATIONS_ACTION = ['TERRITOIRE', 'ENGLOBANT', 'MEMBRE'] as const;

// The territories each pole's official territory of action covers (itself, its current members, its current
// ancestors), rewritten with the distances and read by territory (the key's leading columns). Derived data: no
// foreign key (checking ~12,000 rows on every rewrite cost 0.15 s; coverage joins pole).
@Entity('couverture_action')
@Check('couverture_action_relation_check', checkIn('relation', RELATIONS_ACTION))
export class CouvertureAction {
  @PrimaryColumn('text')
  niveau: string;

  @PrimaryColumn('text')
  code: string;

  @PrimaryColumn('uuid')
  poleId: string;

  @Column('text')
  libelle: string;

  @PrimaryColumn('text')
  relation: (typeof RELATIONS_ACTION)[number];
}
