import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Territoire } from './territoire.entity';

// Membership, stored for every ancestor level (commune → EPCI, Pays, département, région, ancienne région, France)
// so that « dans » is one join. A territory that does not nest has several parents of one level; a past membership
// keeps its end date.
@Entity('territoire_lien')
@Index('territoire_lien_parent_idx', ['niveauParent', 'codeParent', 'niveauMembre'])
export class TerritoireLien {
  @PrimaryColumn('text')
  niveauMembre: string;

  @PrimaryColumn('text')
  codeMembre: string;

  @PrimaryColumn('text')
  niveauParent: string;

  @PrimaryColumn('text')
  codeParent: string;

  @Column('date', { nullable: true })
  dateDebut: string | null;

  @Column('date', { nullable: true })
  dateFin: string | null;

  @Column('text', { nullable: true })
  source: string | null;

  // The confidence the source of the facts gives (high, medium, low).
  @Column('text', { nullable: true })
  confiance: string | null;

  @Column('text', { nullable: true })
  note: string | null;

  @ManyToOne(() => Territoire, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'niveau_membre', referencedColumnName: 'niveau' },
    { name: 'code_membre', referencedColumnName: 'code' },
  ])
  membre: Territoire;

  @ManyToOne(() => Territoire, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'niveau_parent', referencedColumnName: 'niveau' },
    { name: 'code_parent', referencedColumnName: 'code' },
  ])
  parent: Territoire;
}
