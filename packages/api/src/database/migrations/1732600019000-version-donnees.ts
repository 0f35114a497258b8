import type { MigrationInterface, QueryRunner } from 'typeorm';

// The tables readers are answered from, when this migration was written (a later table adds its trigger in its own
// migration: version-donnees.int.test.ts fails until it does).
const TABLES = [
  'territoire',
  'territoire_lien',
  'territoire_chargement',
  'territoire_recherche',
  'emploi_ess',
  'pole',
  'pole_territoire',
  'pole_territoire_action',
  'pole_audit',
  'distance_commune_pole',
  'distance_territoire_pole',
  'distance_commune_pole_etat',
  'couverture_action',
  'couverture_communes_statut',
  'couche_points',
  'point_couche',
];

export class VersionDonnees1732600019000 implements MigrationInterface {
  name = 'VersionDonnees1732600019000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE version_donnees (
      id smallint NOT NULL DEFAULT 1 CONSTRAINT version_donnees_id_check CHECK (id = 1),
      version bigint NOT NULL,
      CONSTRAINT "PK_version_donnees" PRIMARY KEY (id))`);
    await queryRunner.query('INSERT INTO version_donnees (id, version) VALUES (1, 1)');
    // Once per statement, in the writer's transaction; the NOTIFY is delivered at commit (never for a rollback).
    // An upsert: a TRUNCATE of every table (the tests) may have emptied version_donnees.
    await queryRunner.query(`CREATE FUNCTION incrementer_version_donnees() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE v bigint;
      BEGIN
        INSERT INTO version_donnees (id, version) VALUES (1, 1)
          ON CONFLICT (id) DO UPDATE SET version = version_donnees.version + 1 RETURNING version INTO v;
        PERFORM pg_notify('poles_ess_donnees', v::text);
        RETURN NULL;
      END $$`);
    for (const table of TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER version_donnees AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION incrementer_version_donnees()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.query(`DROP TRIGGER version_donnees ON ${table}`);
    await queryRunner.query('DROP FUNCTION incrementer_version_donnees()');
    await queryRunner.query('DROP TABLE version_donnees');
  }
}
