// Who makes a request: anonymous readers are `lecteur`; tokens give `editeur` (optionally limited to one région)
// or `admin`.
export const ROLES = ['lecteur', 'editeur', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLES_JETON = ['editeur', 'admin'] as const satisfies readonly Role[];
export type RoleJeton = (typeof ROLES_JETON)[number];

export interface Viewer {
  role: Role;
  jetonId: string | null;
  nom: string | null;
  codeRegion: string | null;
}

export const ANONYMOUS_VIEWER: Viewer = { role: 'lecteur', jetonId: null, nom: null, codeRegion: null };

// Each role can do what the roles before it can: an admin is also an editor.
export function hasRole(viewer: Viewer, minimal: Role): boolean {
  return ROLES.indexOf(viewer.role) >= ROLES.indexOf(minimal);
}
