import type { TerritoireCollection } from '../../ui/map/map-types';

export interface ValeurTerritoire {
  code: string;
  valeur?: number | null;
  /** Class index computed by the API (0 = lowest), so that map and legend agree. */
  classe?: number | null;
}

/** Adds each territory's indicator value to its feature (by code); a missing value stays null. */
export function joinValeurs(collection: TerritoireCollection, valeurs: readonly ValeurTerritoire[] | null): TerritoireCollection {
  const byCode = new Map((valeurs ?? []).map((v) => [v.code, v]));
  return {
    ...collection,
    features: collection.features.map((feature) => {
      const found = byCode.get(feature.properties.code);
      return { ...feature, properties: { ...feature.properties, valeur: found?.valeur ?? null, classe: found?.classe ?? null } };
    }),
  };
}

export function countNonRenseignes(collection: TerritoireCollection): number {
  return collection.features.filter((f) => f.properties.valeur === null || f.properties.valeur === undefined).length;
}

export function asTerritoireCollection(raw: unknown): TerritoireCollection | null {
  let value = raw;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return null;
    }
  }
  if (!value || typeof value !== 'object') return null;
  const collection = value as { type?: string; features?: unknown };
  return collection.type === 'FeatureCollection' && Array.isArray(collection.features)
    ? (value as TerritoireCollection)
    : null;
}
