import { Column, Entity, PrimaryColumn } from 'typeorm';
import { COMMUNES_COLUMNS, DISTANCE_COLUMNS } from './distance-colonnes';

// The same distances as distance_commune_pole for every other territory, from its representative point, and its
// member communes (population, nearest-pole distance per status) as parallel arrays: coverage aggregates them
// without joining the links per request.
@Entity('distance_territoire_pole')
export class DistanceTerritoirePole {
  @PrimaryColumn('text')
  niveau: string;

  @PrimaryColumn('text')
  code: string;

  @Column('integer', { array: true, nullable: true })
  communesPopulation: number[] | null;
}

for (const column of DISTANCE_COLUMNS) {
  Column('double precision', { name: column, nullable: true })(DistanceTerritoirePole.prototype, column);
}
for (const column of COMMUNES_COLUMNS) {
  Column('double precision', { name: column, array: true, nullable: true })(DistanceTerritoirePole.prototype, column);
}
