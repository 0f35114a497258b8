import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATUTS = ['actif', 'projet', 'inconnu', 'ferme'];
const TYPES = ['tous', 'association_developpement', 'espace_hebergement', 'centre_multifonction'];

export class DistanceCommunePole1732600005000 implements MigrationInterface {
  name = 'DistanceCommunePole1732600005000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Each commune's geodesic distance (m) to the nearest located, non-deleted pole of one status and one type
    // (`tous` = any type), e.g. actif_espace_hebergement; NULL when no such pole has a position. One row per
    // commune so that coverage reads LEAST(<the counted statuses>) without aggregating.
    const colonnes = STATUTS.flatMap((s) => TYPES.map((t) => `${s}_${t} double precision`)).join(',\n        ');
    await queryRunner.query(`
      CREATE TABLE distance_commune_pole (
        code_commune text PRIMARY KEY,
        ${colonnes}
      )`);
    // What the table was computed from (poles and commune centres), so that a start can tell it is stale.
    await queryRunner.query(`
      CREATE TABLE distance_commune_pole_etat (
        id integer PRIMARY KEY DEFAULT 1 CHECK (id = 1),
        signature text NOT NULL,
        calcule_le timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE distance_commune_pole_etat');
    await queryRunner.query('DROP TABLE distance_commune_pole');
  }
}
