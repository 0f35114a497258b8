import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { EcritureAuditee } from '../auth/ecriture-auditee.columns';
import { checkIn } from '../database/check-in';
import { Pole } from './pole.entity';

export const ACTIONS_AUDIT = ['CREATION', 'MODIFICATION', 'SUPPRESSION', 'RESTAURATION', 'IMPORT'] as const;
export type ActionAudit = (typeof ACTIONS_AUDIT)[number];

// One row per accepted write on a pole: who (the token's name), what (each field before and after), when.
@Entity('pole_audit')
@Check('pole_audit_action_check', checkIn('action', ACTIONS_AUDIT))
@Index('pole_audit_pole_idx', ['poleId', 'le'])
export class PoleAudit extends EcritureAuditee {
  @Column('uuid')
  poleId: string;

  @ManyToOne(() => Pole, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pole_id' })
  pole: Pole;

  @Column('text')
  action: ActionAudit;
}
