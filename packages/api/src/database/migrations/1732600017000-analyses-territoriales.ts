import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AnalysesTerritoriales1732600017000 implements MigrationInterface {
  name = 'AnalysesTerritoriales1732600017000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Territorial notes and the local authorities' support: no foreign key to territoire (the reference data is
    // rebuilt as a whole; the writes check the codes).
    await queryRunner.query(`
      CREATE TABLE analyse_territoriale (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        niveau text NOT NULL CONSTRAINT analyse_territoriale_niveau_check
          CHECK (niveau IN ('COMMUNE', 'EPCI', 'PAYS', 'DEPARTEMENT', 'REGION', 'ANCIENNE_REGION', 'FRANCE')),
        code text NOT NULL,
        titre text NOT NULL,
        focus jsonb NOT NULL DEFAULT '[]',
        dynamiques_acteurs text,
        politiques_collectivites text,
        axes_developpement text,
        source text,
        auteur text,
        version integer NOT NULL DEFAULT 1,
        cree_le timestamptz NOT NULL DEFAULT now(),
        modifie_le timestamptz NOT NULL DEFAULT now(),
        supprime_le timestamptz
      )`);
    await queryRunner.query('CREATE INDEX analyse_territoriale_territoire_idx ON analyse_territoriale (niveau, code)');
    await queryRunner.query(`
      CREATE TABLE analyse_territoriale_audit (
        id bigserial PRIMARY KEY,
        analyse_id uuid NOT NULL REFERENCES analyse_territoriale (id) ON DELETE CASCADE,
        action text NOT NULL CONSTRAINT analyse_territoriale_audit_action_check
          CHECK (action IN ('CREATION', 'MODIFICATION', 'SUPPRESSION', 'IMPORT')),
        jeton_id uuid REFERENCES jeton_api (id),
        auteur text,
        changements jsonb NOT NULL DEFAULT '{}',
        le timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX analyse_territoriale_audit_analyse_idx ON analyse_territoriale_audit (analyse_id, le)');
    await queryRunner.query(`
      CREATE TABLE evaluation_soutien (
        niveau text NOT NULL CONSTRAINT evaluation_soutien_niveau_check
          CHECK (niveau IN ('COMMUNE', 'EPCI', 'PAYS', 'DEPARTEMENT', 'REGION', 'ANCIENNE_REGION', 'FRANCE')),
        code text NOT NULL,
        valeur text NOT NULL CONSTRAINT evaluation_soutien_valeur_check CHECK (valeur IN ('OUI', 'NON', 'INCONNU')),
        texte text,
        source text,
        date_evaluation date,
        auteur text,
        jeton_id uuid,
        version integer NOT NULL DEFAULT 1,
        modifie_le timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (niveau, code)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE evaluation_soutien');
    await queryRunner.query('DROP TABLE analyse_territoriale_audit');
    await queryRunner.query('DROP TABLE analyse_territoriale');
  }
}
