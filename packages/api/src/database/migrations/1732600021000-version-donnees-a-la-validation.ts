import type { MigrationInterface, QueryRunner } from 'typeorm';

// The data version is bumped when a writing transaction commits, not at its first write. The statement triggers of
// migration 1732600019000 bumped it in place: the version's row stayed locked from a transaction's first write to
// its commit, so concurrent writers (two pole saves, a save and an import) waited for each other's whole
// transaction. Now the triggers only ask, once per transaction, for a bump (a row in version_donnees_demande); a
// deferred constraint trigger on that table bumps the version and sends the NOTIFY at commit time: the row is locked
// only while the transaction commits. Readers still see the new version exactly with the data that changed it.
// The coverage tables, whose writers bumped the version themselves as their last statement (migration
// 1732600020000), get their trigger back: it costs nothing until the commit now.
const TABLES_COUVERTURE = ['distance_commune_pole', 'distance_territoire_pole', 'distance_commune_pole_etat', 'couverture_action', 'couverture_communes_statut'];

export class VersionDonneesALaValidation1732600021000 implements MigrationInterface {
  name = 'VersionDonneesALaValidation1732600021000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE version_donnees_demande (
      txid bigint NOT NULL,
      CONSTRAINT "PK_version_donnees_demande" PRIMARY KEY (txid))`);
    // Asked once per transaction: the transaction-local setting spares the later statements the insert.
    await queryRunner.query(`CREATE OR REPLACE FUNCTION incrementer_version_donnees() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('poles_ess.version_demandee', true) IS DISTINCT FROM '1' THEN
          INSERT INTO version_donnees_demande (txid) VALUES (txid_current()) ON CONFLICT DO NOTHING;
          PERFORM set_config('poles_ess.version_demandee', '1', true);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION publier_version_donnees() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE v bigint;
      BEGIN
        DELETE FROM version_donnees_demande WHERE txid = NEW.txid;
        INSERT INTO version_donnees (id, version) VALUES (1, 1)
          ON CONFLICT (id) DO UPDATE SET version = version_donnees.version + 1 RETURNING version INTO v;
        PERFORM pg_notify('poles_ess_donnees', v::text);
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER publier_version_donnees AFTER INSERT ON version_donnees_demande
         DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION publier_version_donnees()`,
    );
    for (const table of TABLES_COUVERTURE) {
      await queryRunner.query(
        `CREATE TRIGGER version_donnees AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION incrementer_version_donnees()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES_COUVERTURE) await queryRunner.query(`DROP TRIGGER version_donnees ON ${table}`);
    await queryRunner.query('DROP TRIGGER publier_version_donnees ON version_donnees_demande');
    await queryRunner.query('DROP FUNCTION publier_version_donnees()');
    await queryRunner.query('DROP TABLE version_donnees_demande');
    await queryRunner.query(`CREATE OR REPLACE FUNCTION incrementer_version_donnees() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE v bigint;
      BEGIN
        INSERT INTO version_donnees (id, version) VALUES (1, 1)
          ON CONFLICT (id) DO UPDATE SET version = version_donnees.version + 1 RETURNING version INTO v;
        PERFORM pg_notify('poles_ess_donnees', v::text);
        RETURN NULL;
      END $$`);
  }
}
