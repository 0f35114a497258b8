import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EmploiEssQualite1732600016000 implements MigrationInterface {
  name = 'EmploiEssQualite1732600016000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // What a figure is worth, as typed columns rather than words in its note: the kind of year (a source may give
    // only its publication year, or none), head count or full-time equivalents, a « plus de » lower bound, a value
    // read in a secondary source, and the address where it was read.
    await queryRunner.query('ALTER TABLE emploi_ess ALTER COLUMN annee DROP NOT NULL');
    await queryRunner.query(`
      ALTER TABLE emploi_ess
        ADD COLUMN annee_nature text NOT NULL DEFAULT 'DONNEES',
        ADD COLUMN unite_effectif text NOT NULL DEFAULT 'POSTES',
        ADD COLUMN borne_inferieure boolean NOT NULL DEFAULT false,
        ADD COLUMN source_url text,
        ADD COLUMN source_secondaire boolean NOT NULL DEFAULT false,
        ADD CONSTRAINT emploi_ess_annee_nature_check CHECK (annee_nature IN ('DONNEES','PUBLICATION','DEDUITE','INCONNUE')),
        ADD CONSTRAINT emploi_ess_unite_effectif_check CHECK (unite_effectif IN ('POSTES','EQTP')),
        ADD CONSTRAINT emploi_ess_annee_inconnue_check CHECK ((annee IS NULL) = (annee_nature = 'INCONNUE'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM emploi_ess WHERE annee IS NULL');
    await queryRunner.query(`
      ALTER TABLE emploi_ess
        DROP COLUMN annee_nature, DROP COLUMN unite_effectif, DROP COLUMN borne_inferieure,
        DROP COLUMN source_url, DROP COLUMN source_secondaire`);
    await queryRunner.query('ALTER TABLE emploi_ess ALTER COLUMN annee SET NOT NULL');
  }
}
