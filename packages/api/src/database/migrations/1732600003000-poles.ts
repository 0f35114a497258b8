import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Poles1732600003000 implements MigrationInterface {
  name = 'Poles1732600003000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Every fiche field is nullable: what the study does not say stays unknown.
    await queryRunner.query(`
      CREATE TABLE pole (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE,
        nom text NOT NULL,
        nom_recherche text NOT NULL,
        type text NOT NULL CHECK (type IN ('ASSOCIATION_DEVELOPPEMENT','ESPACE_HEBERGEMENT','CENTRE_MULTIFONCTION')),
        type_selon_monographie text CHECK (type_selon_monographie IN ('ASSOCIATION_DEVELOPPEMENT','ESPACE_HEBERGEMENT','CENTRE_MULTIFONCTION')),
        note_typologie text,
        statut text NOT NULL DEFAULT 'INCONNU' CHECK (statut IN ('ACTIF','PROJET','INCONNU','FERME')),
        annee_statut integer,
        fonctions text[] NOT NULL DEFAULT '{}',
        position geometry(Point, 4326),
        precision_position text CHECK (precision_position IN ('ADRESSE','COMMUNE','TERRITOIRE')),
        position_derivee boolean NOT NULL DEFAULT false,
        adresse text,
        code_commune_siege text,
        contact text,
        site_web text,
        date_creation text CHECK (date_creation ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
        origine text,
        adherents text,
        statut_juridique text,
        salaries text,
        foncier text,
        budget text,
        domaine_activite text,
        reseau text,
        taille smallint CHECK (taille BETWEEN 1 AND 5),
        niveau_structuration smallint CHECK (niveau_structuration BETWEEN 1 AND 5),
        objectifs text,
        realisations text,
        projets text,
        points_forts text,
        points_faibles text,
        remarques text,
        enjeux text,
        documents jsonb NOT NULL DEFAULT '[]',
        monographie boolean NOT NULL DEFAULT false,
        description_monographie text,
        note text,
        source text,
        sources jsonb NOT NULL DEFAULT '{}',
        supprime_le timestamptz,
        version integer NOT NULL DEFAULT 1,
        cree_le timestamptz NOT NULL DEFAULT now(),
        modifie_le timestamptz NOT NULL DEFAULT now(),
        CHECK ((position IS NULL) = (precision_position IS NULL))
      )`);
    await queryRunner.query('CREATE INDEX pole_position_idx ON pole USING gist (position)');
    await queryRunner.query('CREATE INDEX pole_nom_recherche_idx ON pole (nom_recherche)');
    // Territories containing the position (PostGIS), or linked to the seat commune when geometry is missing.
    await queryRunner.query(`
      CREATE TABLE pole_territoire (
        pole_id uuid NOT NULL REFERENCES pole (id) ON DELETE CASCADE,
        niveau text NOT NULL,
        code text NOT NULL,
        methode text NOT NULL CHECK (methode IN ('GEOMETRIE','LIEN_COMMUNE_SIEGE','LIEN_TERRITOIRE_ACTION')),
        PRIMARY KEY (pole_id, niveau, code)
      )`);
    await queryRunner.query('CREATE INDEX pole_territoire_territoire_idx ON pole_territoire (niveau, code)');
    // The territory of action as the study names it: an official level and code, or free text only.
    await queryRunner.query(`
      CREATE TABLE pole_territoire_action (
        id serial PRIMARY KEY,
        pole_id uuid NOT NULL REFERENCES pole (id) ON DELETE CASCADE,
        niveau text,
        code text,
        libelle text NOT NULL,
        CHECK ((niveau IS NULL) = (code IS NULL))
      )`);
    await queryRunner.query('CREATE INDEX pole_territoire_action_pole_idx ON pole_territoire_action (pole_id)');
    await queryRunner.query(`
      CREATE TABLE jeton_api (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        nom text NOT NULL,
        role text NOT NULL CHECK (role IN ('editeur','admin')),
        code_region text,
        hash text NOT NULL UNIQUE,
        cree_le timestamptz NOT NULL DEFAULT now(),
        revoque_le timestamptz
      )`);
    await queryRunner.query(`
      CREATE TABLE pole_audit (
        id bigserial PRIMARY KEY,
        pole_id uuid NOT NULL REFERENCES pole (id) ON DELETE CASCADE,
        action text NOT NULL CHECK (action IN ('CREATION','MODIFICATION','SUPPRESSION','RESTAURATION','IMPORT')),
        jeton_id uuid REFERENCES jeton_api (id),
        auteur text,
        changements jsonb NOT NULL DEFAULT '{}',
        le timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX pole_audit_pole_idx ON pole_audit (pole_id, le)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE pole_audit');
    await queryRunner.query('DROP TABLE jeton_api');
    await queryRunner.query('DROP TABLE pole_territoire_action');
    await queryRunner.query('DROP TABLE pole_territoire');
    await queryRunner.query('DROP TABLE pole');
  }
}
