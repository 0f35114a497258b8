import type { MigrationInterface, QueryRunner } from 'typeorm';

export class GeometrieMillesime1732600015000 implements MigrationInterface {
  name = 'GeometrieMillesime1732600015000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The vintage of an outline (2018 for the built-in IGN outlines), shown with its attribution.
    await queryRunner.query('ALTER TABLE territoire ADD COLUMN geometrie_millesime integer');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE territoire DROP COLUMN geometrie_millesime');
  }
}
