import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DistanceCommunePopulation1732600005001 implements MigrationInterface {
  name = 'DistanceCommunePopulation1732600005001';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The commune's population beside its distances, so that coverage does not join territoire for 35,000
    // communes; the table then holds only populated communes with a centre. Emptying the state makes the next
    // start recompute it.
    await queryRunner.query('DELETE FROM distance_commune_pole');
    await queryRunner.query('DELETE FROM distance_commune_pole_etat');
    await queryRunner.query('ALTER TABLE distance_commune_pole ADD COLUMN population integer NOT NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE distance_commune_pole DROP COLUMN population');
  }
}
