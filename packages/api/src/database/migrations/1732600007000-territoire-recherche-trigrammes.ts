import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TerritoireRechercheTrigrammes1732600007000 implements MigrationInterface {
  name = 'TerritoireRechercheTrigrammes1732600007000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    // A search (« saint » matches 4,400 communes) counts its matches from a trigram index. The bitmap is read on
    // this narrow copy: read on the wide territoire rows, it was no faster than the btree scan it replaces.
    await queryRunner.query(`
      CREATE TABLE territoire_recherche (
        niveau text NOT NULL,
        code text NOT NULL,
        nom_recherche text NOT NULL,
        PRIMARY KEY (niveau, code)
      )`);
    await queryRunner.query(
      'INSERT INTO territoire_recherche SELECT niveau, code, nom_recherche FROM territoire',
    );
    await queryRunner.query(
      'CREATE INDEX territoire_recherche_trgm_idx ON territoire_recherche USING gin (nom_recherche gin_trgm_ops)',
    );
    await queryRunner.query('ANALYZE territoire_recherche');
    // Territories are written in bulk (seed, imports): inserts and deletes are copied once per statement from
    // their transition table. Updates are per row but only fire when a searched column is set, not for geometry.
    await queryRunner.query(`
      CREATE FUNCTION territoire_recherche_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO territoire_recherche (niveau, code, nom_recherche) SELECT niveau, code, nom_recherche FROM inserted;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION territoire_recherche_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM territoire_recherche r USING deleted d WHERE r.niveau = d.niveau AND r.code = d.code;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION territoire_recherche_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE territoire_recherche SET niveau = NEW.niveau, code = NEW.code, nom_recherche = NEW.nom_recherche
        WHERE niveau = OLD.niveau AND code = OLD.code;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION territoire_recherche_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        TRUNCATE territoire_recherche;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER territoire_recherche_insert AFTER INSERT ON territoire
      REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION territoire_recherche_insert()`);
    await queryRunner.query(`
      CREATE TRIGGER territoire_recherche_delete AFTER DELETE ON territoire
      REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION territoire_recherche_delete()`);
    await queryRunner.query(`
      CREATE TRIGGER territoire_recherche_update AFTER UPDATE OF niveau, code, nom_recherche ON territoire
      FOR EACH ROW WHEN ((OLD.niveau, OLD.code, OLD.nom_recherche) IS DISTINCT FROM (NEW.niveau, NEW.code, NEW.nom_recherche))
      EXECUTE FUNCTION territoire_recherche_update()`);
    await queryRunner.query(`
      CREATE TRIGGER territoire_recherche_truncate AFTER TRUNCATE ON territoire
      FOR EACH STATEMENT EXECUTE FUNCTION territoire_recherche_truncate()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER territoire_recherche_insert ON territoire');
    await queryRunner.query('DROP TRIGGER territoire_recherche_delete ON territoire');
    await queryRunner.query('DROP TRIGGER territoire_recherche_update ON territoire');
    await queryRunner.query('DROP TRIGGER territoire_recherche_truncate ON territoire');
    await queryRunner.query(
      'DROP FUNCTION territoire_recherche_insert(), territoire_recherche_delete(), territoire_recherche_update(), territoire_recherche_truncate()',
    );
    await queryRunner.query('DROP TABLE territoire_recherche');
  }
}
