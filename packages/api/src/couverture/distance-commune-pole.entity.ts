import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DISTANCE_COLUMNS } from './distance-colonnes';

// Each commune's geodesic distance (m) to the nearest located, non-deleted pole of one status and one type; NULL
// when no such pole has a position. One row per populated commune with a centre, its population beside, so that
// coverage reads LEAST(<the counted statuses>) without aggregating. Derived data: rewritten on every change of
// poles or communes.
@Entity('distance_commune_pole')
export class DistanceCommunePole {
  @PrimaryColumn('text')
  codeCommune: string;

  @Column('integer')
  population: number;
}

for (const column of DISTANCE_COLUMNS) {
  Column('double precision', { name: column, nullable: true })(DistanceCommunePole.prototype, column);
}
