import type { MigrationInterface, QueryRunner } from 'typeorm';

export class GrilleCachePolygones1732600006100 implements MigrationInterface {
  name = 'GrilleCachePolygones1732600006100';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Each cached cell keeps its centre and its polygon as GeoJSON text, computed once when the cache is filled,
    // so that a density request over a million points only reads rows (the cache refills on the next request).
    await queryRunner.query('DELETE FROM grille_cache');
    await queryRunner.query('ALTER TABLE grille_cache ADD COLUMN lon double precision NOT NULL, ADD COLUMN lat double precision NOT NULL, ADD COLUMN polygone text NOT NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE grille_cache DROP COLUMN lon, DROP COLUMN lat, DROP COLUMN polygone');
  }
}
