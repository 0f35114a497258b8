import type { ValeurTerritoire } from '../../graphql/generated/graphql';
import type { TerritoireCollection } from './map-types';

// The API's value of a territory; `classe` (0 = lowest) when it classed it, so that map and legend agree.
type ValeurJointe = Pick<ValeurTerritoire, 'code' | 'valeur' | 'classe'>;

/** Adds each territory's indicator value to its feature (by code); a missing value stays null. */
export function joinValeurs(collection: TerritoireCollection, valeurs: readonly ValeurJointe[] | null): TerritoireCollection {
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
