import { normalizeSearch } from '@poles-ess/shared';
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RechercheLigatures1732600016001 implements MigrationInterface {
  name = 'RechercheLigatures1732600016001';

  // normalizeSearch now spells ligatures out (« plœmeur » → « ploemeur »; before, « œ » became a space): the search
  // keys of names holding one are written again (territoire_recherche follows by its triggers).
  async up(queryRunner: QueryRunner): Promise<void> {
    const territoires: { niveau: string; code: string; nom: string }[] = await queryRunner.query(
      `SELECT niveau, code, nom FROM territoire WHERE nom ~ '[œŒæÆ]'`,
    );
    for (const t of territoires) {
      await queryRunner.query('UPDATE territoire SET nom_recherche = $1 WHERE niveau = $2 AND code = $3', [normalizeSearch(t.nom), t.niveau, t.code]);
    }
    const poles: { id: string; nom: string; libelle: string | null }[] = await queryRunner.query(
      `SELECT p.id, p.nom, (SELECT a.libelle FROM pole_territoire_action a WHERE a.pole_id = p.id ORDER BY a.id LIMIT 1) AS libelle
       FROM pole p`,
    );
    for (const p of poles.filter((x) => /[œŒæÆ]/.test(`${x.nom} ${x.libelle ?? ''}`))) {
      await queryRunner.query('UPDATE pole SET nom_recherche = $1 WHERE id = $2', [normalizeSearch(`${p.nom} ${p.libelle ?? ''}`), p.id]);
    }
  }

  async down(): Promise<void> {
    // The spelled-out keys are found by the old search too (letters only): nothing to undo.
  }
}
