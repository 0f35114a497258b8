import { Column, Entity, PrimaryColumn } from 'typeorm';

// Pre-aggregated grid cells per layer and cell size, filled on first use and dropped on re-import. Each cell keeps
// its centre and its polygon as GeoJSON text, so that a density request over a million points only reads rows.
@Entity('grille_cache')
export class GrilleCache {
  @PrimaryColumn('text')
  couche: string;

  @PrimaryColumn('text')
  grille: string;

  @PrimaryColumn('double precision')
  tailleM: number;

  @PrimaryColumn('integer')
  i: number;

  @PrimaryColumn('integer')
  j: number;

  @Column('integer')
  nombre: number;

  @Column('double precision')
  poids: number;

  @Column('double precision')
  lon: number;

  @Column('double precision')
  lat: number;

  @Column('text')
  polygone: string;
}
