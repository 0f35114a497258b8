import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EmploiEss1732600004000 implements MigrationInterface {
  name = 'EmploiEss1732600004000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One row per figure as one source states it. Several rows for the same territory and year coexist
    // (other source, field or denominator): the natural key keeps them apart, nothing merges them.
    // No foreign key to territoire: a figure may name a territory before the reference data is loaded.
    await queryRunner.query(`
      CREATE TABLE emploi_ess (
        id serial PRIMARY KEY,
        niveau text NOT NULL CHECK (niveau IN ('COMMUNE','EPCI','PAYS','DEPARTEMENT','REGION','ANCIENNE_REGION','FRANCE')),
        code text NOT NULL,
        nom text NOT NULL,
        annee integer NOT NULL,
        effectif_salarie integer,
        part_emploi double precision,
        denominateur text CHECK (denominateur IN ('EMPLOI_SALARIE_TOTAL','EMPLOI_PRIVE','AUTRE')),
        denominateur_libelle text,
        champ text NOT NULL CHECK (champ IN ('QUATRE_FAMILLES','LOI_2014','ELARGI')),
        associations double precision,
        cooperatives double precision,
        mutuelles double precision,
        fondations double precision,
        unite_familles text CHECK (unite_familles IN ('EFFECTIF','PART_EFFECTIF')),
        etablissements integer,
        source text NOT NULL,
        source_editeur text,
        source_annee integer,
        source_lien text,
        note text,
        importe_le timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT emploi_ess_cle UNIQUE NULLS NOT DISTINCT (niveau, code, annee, source, denominateur_libelle, champ)
      )`);
    await queryRunner.query('CREATE INDEX emploi_ess_territoire_idx ON emploi_ess (niveau, code, annee)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE emploi_ess');
  }
}
