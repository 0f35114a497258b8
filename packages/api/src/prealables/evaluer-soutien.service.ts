import { ApiError, badUserInput } from '../common/api-error';
import { sql } from '../common/sql';
import type { Viewer } from '../common/viewer';
import type { Executor } from '../database/executor';
import { checkRegionTerritoire } from '../territoires/check-region-territoire';
import type { TerritoireRef } from '../territoires/territoire-ref.input';
import type { SoutienCollectivites } from './soutien-collectivites.enums';

export interface EvaluationDonnees {
  territoire: TerritoireRef;
  valeur: SoutienCollectivites;
  texte: string | null;
  source: string | null;
  dateEvaluation: string | null;
  // The version read (null: no assessment was read); another one recorded meanwhile is a CONFLICT.
  version: number | null;
}

const blank = (v: string | null | undefined) => (v == null || v.trim() === '' ? null : v.trim());

function validate(donnees: EvaluationDonnees): EvaluationDonnees {
  const texte = blank(donnees.texte);
  const source = blank(donnees.source);
  const date = blank(donnees.dateEvaluation);
  if (texte && texte.length > 5000) throw badUserInput('texte', 'texte : 5 000 caractères au plus.');
  if (source && source.length > 1000) throw badUserInput('source', 'source : 1 000 caractères au plus.');
  // A yes or a no is a claim about local authorities: it needs a source a reader can check.
  if (donnees.valeur !== 'INCONNU' && !source) throw badUserInput('source', 'source : obligatoire pour une évaluation OUI ou NON.');
  if (date) {
    const jour = /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T00:00:00Z`) : null;
    const annee = Number(date.slice(0, 4));
    if (!jour || Number.isNaN(jour.getTime()) || jour.toISOString().slice(0, 10) !== date || annee < 1900 || annee > 2100) {
      throw badUserInput('dateEvaluation', 'dateEvaluation : une date du calendrier au format AAAA-MM-JJ, entre 1900 et 2100.');
    }
  }
  return { ...donnees, texte, source, dateEvaluation: date };
}

export async function evaluerSoutienIn(tx: Executor, input: EvaluationDonnees, viewer: Viewer): Promise<void> {
  const donnees = validate(input);
  const { niveau, code } = donnees.territoire;
  const [existe] = await tx.query<{ ok: boolean }>(sql`SELECT EXISTS (SELECT 1 FROM territoire WHERE niveau = ${niveau} AND code = ${code}) AS ok`);
  if (!existe?.ok) throw new ApiError('BAD_USER_INPUT', `Territoire inconnu : ${niveau} ${code}.`, { champ: 'territoire', raison: 'TERRITOIRE_INCONNU' });
  await checkRegionTerritoire(tx, donnees.territoire, viewer);
  const [avant] = await tx.query<{ version: number }>(
    sql`SELECT version FROM evaluation_soutien WHERE niveau = ${niveau} AND code = ${code} FOR UPDATE`,
  );
  if ((avant?.version ?? null) !== donnees.version) {
    throw new ApiError(
      'CONFLICT',
      avant
        ? `Une autre évaluation a été enregistrée entre-temps (version ${avant.version}) : rechargez-la.`
        : `Aucune évaluation n'existe pour ce territoire : envoyez version null.`,
      { raison: 'VERSION_PERIMEE', versionActuelle: avant?.version ?? null },
    );
  }
  await tx.query(sql`
    INSERT INTO evaluation_soutien (niveau, code, valeur, texte, source, date_evaluation, auteur, jeton_id)
    VALUES (${niveau}, ${code}, ${donnees.valeur}, ${donnees.texte}, ${donnees.source}, ${donnees.dateEvaluation}::date, ${viewer.nom}, ${viewer.jetonId})
    ON CONFLICT (niveau, code) DO UPDATE SET valeur = EXCLUDED.valeur, texte = EXCLUDED.texte, source = EXCLUDED.source,
      date_evaluation = EXCLUDED.date_evaluation, auteur = EXCLUDED.auteur, jeton_id = EXCLUDED.jeton_id,
      version = evaluation_soutien.version + 1, modifie_le = now()`);
}
