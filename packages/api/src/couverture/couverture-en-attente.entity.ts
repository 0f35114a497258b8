import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

// A pole save whose coverage refresh runs after its commit (couverture-en-attente.ts).
@Entity('couverture_en_attente')
export class CouvertureEnAttente {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('uuid')
  poleId: string;

  // The pole as the coverage tables had it before that save (PoleCouvert); null: created by it.
  @Column('jsonb', { nullable: true })
  avant: unknown;

  @Column('timestamptz', { default: () => 'now()' })
  depuis: Date;
}
