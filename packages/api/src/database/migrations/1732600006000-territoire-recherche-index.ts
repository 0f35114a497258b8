import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TerritoireRechercheIndex1732600006000 implements MigrationInterface {
  name = 'TerritoireRechercheIndex1732600006000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The code beside the searched name: a search (« saint » matches 4,400 communes) counts and ranks its
    // matches by an index-only scan, then reads the full rows of one page only.
    await queryRunner.query('CREATE INDEX territoire_recherche_idx ON territoire (niveau, nom_recherche, code)');
    await queryRunner.query('DROP INDEX territoire_nom_recherche_idx');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX territoire_nom_recherche_idx ON territoire (niveau, nom_recherche)');
    await queryRunner.query('DROP INDEX territoire_recherche_idx');
  }
}
