import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { EcritureAuditee } from '../auth/ecriture-auditee.columns';
import { checkIn } from '../database/check-in';
import { AnalyseTerritoriale } from './analyse-territoriale.entity';

export const ACTIONS_AUDIT_ANALYSE = ['CREATION', 'MODIFICATION', 'SUPPRESSION', 'IMPORT'] as const;
export type ActionAuditAnalyse = (typeof ACTIONS_AUDIT_ANALYSE)[number];

// One row per accepted write on a note, as for poles: who (the token's name), each field before and after, when.
@Entity('analyse_territoriale_audit')
@Check('analyse_territoriale_audit_action_check', checkIn('action', ACTIONS_AUDIT_ANALYSE))
@Index('analyse_territoriale_audit_analyse_idx', ['analyseId', 'le'])
export class AnalyseAudit extends EcritureAuditee {
  @Column('uuid')
  analyseId: string;

  @ManyToOne(() => AnalyseTerritoriale, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'analyse_id' })
  analyse: AnalyseTerritoriale;

  @Column('text')
  action: ActionAuditAnalyse;
}
