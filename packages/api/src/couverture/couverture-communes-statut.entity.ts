import { Column, Entity, PrimaryColumn } from 'typeorm';

// For each territory and each pole status kept sorted (the default, ACTIF): its member communes' distances to the
// nearest located pole of that status, sorted, with the population accumulated in the same order; the population
// within any radius is then one binary search (width_bucket).
@Entity('couverture_communes_statut')
export class CouvertureCommunesStatut {
  @PrimaryColumn('text')
  niveau: string;

  @PrimaryColumn('text')
  code: string;

  @PrimaryColumn('text')
  statut: string;

  @Column('integer')
  nombreCommunes: number;

  @Column('bigint')
  population: string;

  @Column('double precision', { nullable: true })
  distanceMoyenneM: number | null;

  @Column('double precision', { array: true })
  distancesTriees: number[];

  @Column('bigint', { array: true })
  populationCumulee: string[];
}
