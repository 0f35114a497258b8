import { formatNombre } from '@poles-ess/shared';

// « 101 territoires », or « territoires 101 à 101 sur 101 » when the list has several pages.
export function describePageTerritoires(total: number, debut: number, affiches: number): string {
  if (affiches === 0) return total === 0 ? 'Aucun territoire' : `Aucun territoire à partir du ${formatNombre(debut)}e (sur ${formatNombre(total)})`;
  if (debut === 1 && affiches >= total) return `${formatNombre(total)} territoire${total > 1 ? 's' : ''}`;
  return `Territoires ${formatNombre(debut)} à ${formatNombre(debut + affiches - 1)} sur ${formatNombre(total)}`;
}
