import type { MigrationInterface, QueryRunner } from 'typeorm';

// The coverage changes that pole saves left to do after their commit (couverture/couverture-en-attente.ts): one row
// per save that moved a pole in the distances, with the pole as the coverage tables had it before that save. The
// coverage tables lose their version trigger: their writers bump the version once, at the end
// (version-donnees.ts, TABLES_VERSION_EN_FIN).
const TABLES_COUVERTURE = ['distance_commune_pole', 'distance_territoire_pole', 'distance_commune_pole_etat', 'couverture_action', 'couverture_communes_statut'];
export class CouvertureEnAttente1732600020000 implements MigrationInterface {
  name = 'CouvertureEnAttente1732600020000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE couverture_en_attente (
      id bigserial NOT NULL,
      pole_id uuid NOT NULL,
      avant jsonb,
      depuis timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "PK_couverture_en_attente" PRIMARY KEY (id))`);
    for (const table of TABLES_COUVERTURE) await queryRunner.query(`DROP TRIGGER version_donnees ON ${table}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES_COUVERTURE) {
      await queryRunner.query(
        `CREATE TRIGGER version_donnees AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION incrementer_version_donnees()`,
      );
    }
    await queryRunner.query('DROP TABLE couverture_en_attente');
  }
}
