import type { PoleDonnees } from './pole-donnees.schema';
import type { PoleEtat } from './pole-write.service';

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

// Whether writing `donnees` would change the pole (an unchanged re-import writes nothing, not even a version).
export function hasChanges(before: PoleEtat, donnees: Omit<PoleDonnees, 'slug'>): boolean {
  const current = before as unknown as Record<string, unknown>;
  for (const [field, value] of Object.entries(donnees)) {
    if (value === undefined) continue;
    switch (field) {
      case 'sources': {
        const sources = Object.fromEntries(before.sources.map((s) => [s.champ, s.source]));
        if (Object.entries(value as Record<string, string>).some(([k, v]) => sources[k] !== v)) return true;
        break;
      }
      case 'fonctions':
        if (!same([...(value as string[])].sort(), [...before.fonctions].sort())) return true;
        break;
      case 'position': {
        const position = value as PoleDonnees['position'];
        if (position === null) {
          if (!before.positionDerivee) return true;
        } else {
          const [lon, lat] = before.position?.coordinates ?? [NaN, NaN];
          if (before.positionDerivee || Math.abs(lon - position!.lon) > 1e-6 || Math.abs(lat - position!.lat) > 1e-6) return true;
        }
        break;
      }
      case 'precisionPosition':
        if (donnees.position && !same(value, before.precisionPosition)) return true;
        break;
      case 'territoireAction': {
        const action = value as PoleDonnees['territoireAction'];
        const wanted = action ? { niveau: action.niveau ?? null, code: action.code ?? null, libelle: action.libelle } : null;
        if (!same(wanted, before.territoireAction)) return true;
        break;
      }
      case 'monographie':
        if (Boolean(value) !== before.monographie) return true;
        break;
      default:
        if (!same(value, current[field])) return true;
    }
  }
  return false;
}
