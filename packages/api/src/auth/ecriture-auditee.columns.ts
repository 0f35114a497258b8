import { Column, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Jeton } from './jeton.entity';

// The columns every audit table shares (poles, territorial notes): who wrote (the token and its name, kept when the
// token is revoked), each field before and after, when. Each audit entity adds its owner and its list of actions.
export abstract class EcritureAuditee {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('uuid', { nullable: true })
  jetonId: string | null;

  @ManyToOne(() => Jeton)
  @JoinColumn({ name: 'jeton_id' })
  jeton: Jeton | null;

  @Column('text', { nullable: true })
  auteur: string | null;

  // Field → { avant, apres }.
  @Column('jsonb', { default: () => "'{}'" })
  changements: Record<string, unknown>;

  @Column('timestamptz', { default: () => 'now()' })
  le: Date;
}
