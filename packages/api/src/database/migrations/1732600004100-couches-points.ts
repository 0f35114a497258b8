import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CouchesPoints1732600004100 implements MigrationInterface {
  name = 'CouchesPoints1732600004100';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Imported point layers (e.g. ESS establishments from a SIRENE extract), each with its source.
    await queryRunner.query(`
      CREATE TABLE couche_points (
        id serial PRIMARY KEY,
        nom text NOT NULL UNIQUE,
        source text NOT NULL,
        synthetique boolean NOT NULL DEFAULT false,
        cree_le timestamptz NOT NULL DEFAULT now()
      )`);
    // x/y in Lambert-93 metres are kept beside the point so that grids aggregate by arithmetic.
    await queryRunner.query(`
      CREATE TABLE point_couche (
        id bigserial PRIMARY KEY,
        couche_id integer NOT NULL REFERENCES couche_points (id) ON DELETE CASCADE,
        geom geometry(Point, 4326) NOT NULL,
        x_l93 double precision NOT NULL,
        y_l93 double precision NOT NULL,
        categorie text,
        poids double precision NOT NULL DEFAULT 1,
        source text
      )`);
    await queryRunner.query('CREATE INDEX point_couche_geom_idx ON point_couche USING gist (geom)');
    await queryRunner.query('CREATE INDEX point_couche_couche_idx ON point_couche (couche_id)');
    // Pre-aggregated grid cells per layer and cell size, filled on first use and dropped on re-import.
    await queryRunner.query(`
      CREATE TABLE grille_cache (
        couche text NOT NULL,
        grille text NOT NULL,
        taille_m double precision NOT NULL,
        i integer NOT NULL,
        j integer NOT NULL,
        nombre integer NOT NULL,
        poids double precision NOT NULL,
        PRIMARY KEY (couche, grille, taille_m, i, j)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE grille_cache');
    await queryRunner.query('DROP TABLE point_couche');
    await queryRunner.query('DROP TABLE couche_points');
  }
}
