import type { MigrationInterface, QueryRunner } from 'typeorm';

// The territorial notes' tables (migration 1732600017000) bump the data version too (see 1732600019000).
const TABLES = ['analyse_territoriale', 'analyse_territoriale_audit', 'evaluation_soutien'];

export class VersionDonneesAnalyses1732600019100 implements MigrationInterface {
  name = 'VersionDonneesAnalyses1732600019100';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER version_donnees AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION incrementer_version_donnees()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.query(`DROP TRIGGER version_donnees ON ${table}`);
  }
}
