import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CouvertureActionCle1732600008000 implements MigrationInterface {
  name = 'CouvertureActionCle1732600008000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Every table has a key, the derived ones too (its entity describes it): a pole covers a territory once per
    // relation. The key's index serves the reads by territory that couverture_action_territoire_idx served.
    await queryRunner.query('DELETE FROM couverture_action');
    await queryRunner.query('DELETE FROM distance_commune_pole_etat');
    await queryRunner.query('DROP INDEX couverture_action_territoire_idx');
    await queryRunner.query('ALTER TABLE couverture_action ADD PRIMARY KEY (niveau, code, pole_id, relation)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE couverture_action DROP CONSTRAINT couverture_action_pkey');
    await queryRunner.query('CREATE INDEX couverture_action_territoire_idx ON couverture_action (niveau, code)');
  }
}
