import { ScatterplotLayer } from '@deck.gl/layers';
import { getTypePoleRgba, STATUT_POLE_STYLES, type Rgba } from './color-scales';
import type { PoleMapPoint } from './map-types';
import { POLES_LAYER_ID } from './layer-ids';

export function getPoleFillColor(pole: PoleMapPoint): Rgba {
  return getTypePoleRgba(pole.type, STATUT_POLE_STYLES[pole.statut].fillAlpha);
}

export function buildPolesLayer(poles: readonly PoleMapPoint[], id = POLES_LAYER_ID) {
  return new ScatterplotLayer<PoleMapPoint>({
    id,
    data: poles,
    pickable: true,
    stroked: true,
    filled: true,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    getPosition: (p) => p.position,
    getRadius: (p) => (p.positionApproximative ? 5 : 6),
    getFillColor: getPoleFillColor,
    getLineColor: (p) => STATUT_POLE_STYLES[p.statut].line,
    getLineWidth: (p) => STATUT_POLE_STYLES[p.statut].lineWidth,
  });
}
