import type { MigrationInterface, QueryRunner } from 'typeorm';

// One row per load of the territorial reference, so `pnpm territoires:comptes` can say how long it took.
export class TerritoireChargement1732600001001 implements MigrationInterface {
  name = 'TerritoireChargement1732600001001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE territoire_chargement (
        id serial PRIMARY KEY,
        charge_le timestamptz NOT NULL DEFAULT now(),
        source text NOT NULL,
        duree_referentiel_ms integer NOT NULL,
        duree_geometrie_ms integer
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE territoire_chargement');
  }
}
