import { ApiError } from '../common/api-error';
import type { Viewer } from '../context';

// Writes need a token: anonymous readers get UNAUTHENTICATED, other roles FORBIDDEN.
export function requireEditeur(viewer: Viewer): void {
  if (viewer.role === 'editeur' || viewer.role === 'admin') return;
  if (!viewer.tokenId) {
    throw new ApiError('UNAUTHENTICATED', 'Modification réservée aux éditeurs : fournissez un jeton (Authorization: Bearer …).');
  }
  throw new ApiError('FORBIDDEN', 'Ce jeton ne permet pas de modifier les pôles.');
}

export function requireAdmin(viewer: Viewer): void {
  if (viewer.role === 'admin') return;
  if (!viewer.tokenId) throw new ApiError('UNAUTHENTICATED', 'Réservé aux administrateurs : fournissez un jeton.');
  throw new ApiError('FORBIDDEN', 'Réservé aux administrateurs.');
}
