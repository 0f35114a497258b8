import type { AuthChecker } from 'type-graphql';
import { ApiError } from '../common/api-error';
import { hasRole, type Role } from '../common/viewer';
import type { ApiContext } from '../context';

// `@Authorized('editeur')` on a mutation or a field: the viewer needs that role (or a higher one). Anonymous readers
// get UNAUTHENTICATED (they can send a token), others FORBIDDEN.
export const authChecker: AuthChecker<ApiContext, Role> = ({ context }, roles) => {
  const viewer = context.viewer;
  if (roles.every((role) => hasRole(viewer, role))) return true;
  const requis = roles.includes('admin') ? 'administrateurs' : 'éditeurs';
  if (!viewer.jetonId) throw new ApiError('UNAUTHENTICATED', `Réservé aux ${requis} : fournissez un jeton (Authorization: Bearer …).`);
  throw new ApiError('FORBIDDEN', `Ce jeton ne le permet pas : réservé aux ${requis}.`);
};
