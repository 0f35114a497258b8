import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitPostgis1732600000000 implements MigrationInterface {
  name = 'InitPostgis1732600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS postgis');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP EXTENSION IF EXISTS postgis');
  }
}
