import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Territoires1732600001000 implements MigrationInterface {
  name = 'Territoires1732600001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE territoire (
        niveau text NOT NULL CHECK (niveau IN ('COMMUNE','EPCI','PAYS','DEPARTEMENT','REGION','ANCIENNE_REGION','FRANCE')),
        code text NOT NULL,
        nom text NOT NULL,
        nom_recherche text NOT NULL,
        population integer,
        population_annee integer,
        population_source text,
        superficie_km2 double precision,
        geom geometry(MultiPolygon, 4326),
        geom_moyenne geometry(MultiPolygon, 4326),
        geom_basse geometry(MultiPolygon, 4326),
        centre geometry(Point, 4326),
        centre_source text,
        geometrie_source text NOT NULL DEFAULT 'APPROXIMATIVE' CHECK (geometrie_source IN ('OFFICIELLE','APPROXIMATIVE')),
        geometrie_source_nom text,
        zone text,
        PRIMARY KEY (niveau, code)
      )`);
    await queryRunner.query('CREATE INDEX territoire_geom_idx ON territoire USING gist (geom)');
    await queryRunner.query('CREATE INDEX territoire_centre_idx ON territoire USING gist (centre)');
    await queryRunner.query('CREATE INDEX territoire_nom_recherche_idx ON territoire (niveau, nom_recherche)');
    // Membership, stored for every ancestor level (commune → EPCI, Pays, département, région, ancienne région,
    // France) so that « dans » is one join. A territory that does not nest has several parents of one level.
    await queryRunner.query(`
      CREATE TABLE territoire_lien (
        niveau_membre text NOT NULL,
        code_membre text NOT NULL,
        niveau_parent text NOT NULL,
        code_parent text NOT NULL,
        date_debut date,
        date_fin date,
        source text,
        confiance text,
        note text,
        PRIMARY KEY (niveau_membre, code_membre, niveau_parent, code_parent),
        FOREIGN KEY (niveau_membre, code_membre) REFERENCES territoire (niveau, code) ON DELETE CASCADE,
        FOREIGN KEY (niveau_parent, code_parent) REFERENCES territoire (niveau, code) ON DELETE CASCADE
      )`);
    await queryRunner.query(
      'CREATE INDEX territoire_lien_parent_idx ON territoire_lien (niveau_parent, code_parent, niveau_membre)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE territoire_lien');
    await queryRunner.query('DROP TABLE territoire');
  }
}
