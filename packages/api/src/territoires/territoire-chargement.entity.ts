import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

// One row per load of the territorial reference, so that `pnpm territoires:comptes` can say how long it took.
@Entity('territoire_chargement')
export class TerritoireChargement {
  @PrimaryGeneratedColumn()
  id: number;

  @Column('timestamptz', { default: () => 'now()' })
  chargeLe: Date;

  @Column('text')
  source: string;

  @Column('integer')
  dureeReferentielMs: number;

  @Column('integer', { nullable: true })
  dureeGeometrieMs: number | null;
}
