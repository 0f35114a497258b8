import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CouchePoints } from './couche-points.entity';

// x/y in Lambert-93 metres are kept beside the point so that grids aggregate by arithmetic.
@Entity('point_couche')
@Index('point_couche_geom_idx', ['geom'], { spatial: true })
@Index('point_couche_couche_idx', ['coucheId'])
export class PointCouche {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('integer')
  coucheId: number;

  @ManyToOne(() => CouchePoints, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'couche_id' })
  couche: CouchePoints;

  @Column('geometry', { spatialFeatureType: 'Point', srid: 4326 })
  geom: unknown;

  @Column('double precision')
  xL93: number;

  @Column('double precision')
  yL93: number;

  @Column('text', { nullable: true })
  categorie: string | null;

  @Column('double precision', { default: 1 })
  poids: number;

  @Column('text', { nullable: true })
  source: string | null;
}
