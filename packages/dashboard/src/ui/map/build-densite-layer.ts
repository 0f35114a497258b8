import { HexagonLayer } from '@deck.gl/aggregation-layers';
import type { PoleMapPoint } from './map-types';
import { DENSITE_LAYER_ID } from './layer-ids';

// YlOrRd (ColorBrewer) : distinct from the choropleth's YlGnBu when both are shown.
export const DENSITE_RANGE: [number, number, number][] = [
  [255, 255, 178],
  [254, 217, 118],
  [254, 178, 76],
  [253, 141, 60],
  [240, 59, 32],
  [189, 0, 38],
];

export const DENSITE_RAYON_KM = 25;

/**
 * Hexagons of about `rayonKm` counting the poles they hold (client-side aggregation of the loaded poles);
 * `onDomain` receives the smallest and largest count, for the legend.
 */
export function buildDensiteLayer(
  poles: readonly PoleMapPoint[],
  onDomain?: (minMax: [number, number]) => void,
  rayonKm = DENSITE_RAYON_KM,
  id = DENSITE_LAYER_ID,
) {
  return new HexagonLayer<PoleMapPoint>({
    id,
    data: poles,
    pickable: true,
    extruded: false,
    opacity: 0.55,
    radius: rayonKm * 1000,
    colorRange: DENSITE_RANGE,
    getPosition: (p) => p.position,
    gpuAggregation: false,
    ...(onDomain ? { onSetColorDomain: onDomain } : {}),
  });
}
