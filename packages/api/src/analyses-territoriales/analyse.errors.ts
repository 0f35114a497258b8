import { ApiError, assertUnreachable } from '../common/api-error';

// Why a write on a note is refused; each has its API code (`extensions.code`) and its reason (`extensions.raison`).
export type AnalyseErreur =
  | { raison: 'ANALYSE_INTROUVABLE'; id: string }
  | { raison: 'VERSION_PERIMEE'; versionActuelle: number; versionLue: number }
  | { raison: 'TERRITOIRE_INCONNU'; champ: string; niveau: string; code: string };

export function analyseErreur(erreur: AnalyseErreur): ApiError {
  switch (erreur.raison) {
    case 'ANALYSE_INTROUVABLE':
      return new ApiError('NOT_FOUND', `Analyse territoriale introuvable : ${erreur.id}.`, { raison: erreur.raison });
    case 'VERSION_PERIMEE':
      return new ApiError(
        'CONFLICT',
        `Cette analyse a été modifiée entre-temps (version ${erreur.versionActuelle}, vous aviez la version ${erreur.versionLue}) : rechargez-la.`,
        { raison: erreur.raison, versionActuelle: erreur.versionActuelle },
      );
    case 'TERRITOIRE_INCONNU':
      return new ApiError('BAD_USER_INPUT', `Territoire inconnu : ${erreur.niveau} ${erreur.code}.`, { raison: erreur.raison, champ: erreur.champ });
    default:
      return assertUnreachable(erreur);
  }
}
