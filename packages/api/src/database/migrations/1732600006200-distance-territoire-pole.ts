import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATUTS = ['actif', 'projet', 'inconnu', 'ferme'];
const TYPES = ['tous', 'association_developpement', 'espace_hebergement', 'centre_multifonction'];

export class DistanceTerritoirePole1732600006200 implements MigrationInterface {
  name = 'DistanceTerritoirePole1732600006200';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The same distances as distance_commune_pole for every other territory (EPCI, Pays, départements…), from its
    // representative point: coverage reads them instead of measuring on each request. Emptying the state makes
    // the next start compute them.
    const colonnes = STATUTS.flatMap((s) => TYPES.map((t) => `${s}_${t} double precision`)).join(',\n        ');
    await queryRunner.query(`
      CREATE TABLE distance_territoire_pole (
        niveau text NOT NULL,
        code text NOT NULL,
        ${colonnes},
        PRIMARY KEY (niveau, code)
      )`);
    await queryRunner.query('DELETE FROM distance_commune_pole_etat');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE distance_territoire_pole');
  }
}
