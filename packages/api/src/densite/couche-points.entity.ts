import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

// An imported point layer (e.g. ESS establishments from a SIRENE extract), with its source.
@Entity('couche_points')
export class CouchePoints {
  @PrimaryGeneratedColumn()
  id: number;

  @Column('text', { unique: true })
  nom: string;

  @Column('text')
  source: string;

  // Generated for tests or the benchmark, never to be shown as real data.
  @Column('boolean', { default: false })
  synthetique: boolean;

  @Column('timestamptz', { default: () => 'now()' })
  creeLe: Date;
}
