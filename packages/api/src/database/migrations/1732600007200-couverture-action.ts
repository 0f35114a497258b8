import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CouvertureAction1732600007200 implements MigrationInterface {
  name = 'CouvertureAction1732600007200';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The territories each pole's official territory of action covers (itself, its current members, its current
    // ancestors), written with the distances: coverage reads its rows by territory instead of walking the links of
    // every territory of action on each request. Emptying the state makes the next start fill it. Derived data like
    // the distance tables: no foreign key (checking ~12,000 rows on every rewrite cost 0.15 s; coverage joins pole).
    await queryRunner.query(`
      CREATE TABLE couverture_action (
        niveau text NOT NULL,
        code text NOT NULL,
        pole_id uuid NOT NULL,
        libelle text NOT NULL,
        relation text NOT NULL CHECK (relation IN ('TERRITOIRE', 'ENGLOBANT', 'MEMBRE'))
      )`);
    await queryRunner.query('CREATE INDEX couverture_action_territoire_idx ON couverture_action (niveau, code)');
    await queryRunner.query('DELETE FROM distance_commune_pole_etat');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE couverture_action');
  }
}
