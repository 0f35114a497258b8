import { ApiError, assertUnreachable } from '../common/api-error';

// Why a write on a pole is refused; each has its API code (`extensions.code`) and the reason (`extensions.raison`).
export type PoleErreur =
  | { raison: 'POLE_INTROUVABLE'; id: string }
  | { raison: 'VERSION_PERIMEE'; versionActuelle: number; versionLue: number | null }
  | { raison: 'DEJA_SUPPRIME' }
  | { raison: 'NON_SUPPRIME' }
  | { raison: 'HORS_REGION'; codeRegion: string }
  | { raison: 'TERRITOIRE_INCONNU'; champ: string; niveau: string; code: string };

export function poleErreur(erreur: PoleErreur): ApiError {
  switch (erreur.raison) {
    case 'POLE_INTROUVABLE':
      return new ApiError('NOT_FOUND', `Pôle introuvable : ${erreur.id}.`, { raison: erreur.raison });
    case 'VERSION_PERIMEE':
      return new ApiError(
        'CONFLICT',
        `Ce pôle a été modifié entre-temps (version ${erreur.versionActuelle}${erreur.versionLue === null ? '' : `, vous aviez la version ${erreur.versionLue}`}) : rechargez-le.`,
        { raison: erreur.raison, versionActuelle: erreur.versionActuelle },
      );
    case 'DEJA_SUPPRIME':
      return new ApiError('CONFLICT', 'Ce pôle est déjà supprimé.', { raison: erreur.raison });
    case 'NON_SUPPRIME':
      return new ApiError('CONFLICT', "Ce pôle n'est pas supprimé.", { raison: erreur.raison });
    case 'HORS_REGION':
      return new ApiError('FORBIDDEN', `Ce jeton ne permet de modifier que les pôles situés dans la région ${erreur.codeRegion}.`, { raison: erreur.raison });
    case 'TERRITOIRE_INCONNU':
      return new ApiError('BAD_USER_INPUT', `Territoire inconnu : ${erreur.niveau} ${erreur.code}.`, { raison: erreur.raison, champ: erreur.champ });
    default:
      return assertUnreachable(erreur);
  }
}
