import { Check, Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { checkIn } from '../database/check-in';
import { ROLES_JETON, type RoleJeton } from '../common/viewer';

// An API token: only its hash is stored, so a leaked database does not leak usable tokens.
@Entity('jeton_api')
@Check('jeton_api_role_check', checkIn('role', ROLES_JETON))
export class Jeton {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  // Who uses this token (shown in the audit of each write).
  @Column('text')
  nom: string;

  @Column('text')
  role: RoleJeton;

  // An editor limited to one région (INSEE code of 2016) may only write there.
  @Column('text', { nullable: true })
  codeRegion: string | null;

  @Column('text', { unique: true, select: false })
  hash: string;

  @Column('timestamptz', { default: () => 'now()' })
  creeLe: Date;

  @Column('timestamptz', { nullable: true })
  revoqueLe: Date | null;
}
