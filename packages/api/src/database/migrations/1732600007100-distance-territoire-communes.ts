import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DistanceTerritoireCommunes1732600007100 implements MigrationInterface {
  name = 'DistanceTerritoireCommunes1732600007100';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Each territory's member communes (population and nearest-pole distance per status, any type), side by side
    // in arrays, written with the distances: coverage aggregates them without joining ~1,200 links and commune
    // rows per request for the Breton Pays (~35,000 for France). Emptying the state makes the next start fill them.
    await queryRunner.query(`
      ALTER TABLE distance_territoire_pole
        ADD COLUMN communes_population integer[],
        ADD COLUMN communes_actif double precision[],
        ADD COLUMN communes_projet double precision[],
        ADD COLUMN communes_inconnu double precision[],
        ADD COLUMN communes_ferme double precision[]`);
    await queryRunner.query('DELETE FROM distance_commune_pole_etat');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE distance_territoire_pole
        DROP COLUMN communes_population, DROP COLUMN communes_actif, DROP COLUMN communes_projet,
        DROP COLUMN communes_inconnu, DROP COLUMN communes_ferme`);
  }
}
