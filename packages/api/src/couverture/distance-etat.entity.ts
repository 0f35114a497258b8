import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

// What the distance tables were computed from (a signature of poles, communes and links), so that a start can tell
// they are stale.
@Entity('distance_commune_pole_etat')
@Check('distance_commune_pole_etat_id_check', 'id = 1')
export class DistanceEtat {
  @PrimaryColumn('integer', { default: 1 })
  id: number;

  @Column('text')
  signature: string;

  @Column('timestamptz', { default: () => 'now()' })
  calculeLe: Date;
}
