import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CouvertureCommunesStatut1732600007300 implements MigrationInterface {
  name = 'CouvertureCommunesStatut1732600007300';

  async up(queryRunner: QueryRunner): Promise<void> {
    // For each territory and each pole status kept sorted (STATUTS_DISTANCES_TRIEES: the default, ACTIF): its member
    // communes' distances to the nearest located pole of that status, sorted, with the population accumulated in the
    // same order. The population within any radius is then one binary search (width_bucket) instead of an aggregate
    // over every member commune on each request. Written with the distances; emptying the state makes the next start
    // fill it.
    await queryRunner.query(`
      CREATE TABLE couverture_communes_statut (
        niveau text NOT NULL,
        code text NOT NULL,
        statut text NOT NULL,
        nombre_communes integer NOT NULL,
        population bigint NOT NULL,
        distance_moyenne_m double precision,
        distances_triees double precision[] NOT NULL,
        population_cumulee bigint[] NOT NULL,
        PRIMARY KEY (niveau, code, statut)
      )`);
    await queryRunner.query('DELETE FROM distance_commune_pole_etat');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE couverture_communes_statut');
  }
}
