import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometrieSource, StatutPole, TypePole } from '@poles-ess/shared';

// Properties carried by each feature of the API's carteTerritoires (a GeoJSON scalar, untyped by codegen).
export interface TerritoireFeatureProperties {
  code: string;
  nom: string;
  geometrieSource: GeometrieSource | string;
  /** Joined in by the page from the indicator query; null = non renseigné. */
  valeur?: number | null;
  /** Class index from the API's classes (0 = lowest); null = non renseigné. */
  classe?: number | null;
}

export type TerritoireFeature = Feature<Geometry, TerritoireFeatureProperties>;
export type TerritoireCollection = FeatureCollection<Geometry, TerritoireFeatureProperties>;

export interface PoleMapPoint {
  id: string;
  nom: string;
  type: TypePole;
  statut: StatutPole;
  position: [number, number];
  /** True when the pole sits at its commune's or territory's representative point. */
  positionApproximative: boolean;
}

export interface LabelPoint {
  code: string;
  nom: string;
  position: [number, number];
  /** Larger territories keep their label when two collide (CollisionFilterExtension, −1000 to 1000). */
  priorite: number;
}
