import { TextLayer } from '@deck.gl/layers';
import type { LabelPoint } from './map-types';
import { LABELS_LAYER_ID } from './layer-ids';

export function buildLabelsLayer(points: readonly LabelPoint[], id = LABELS_LAYER_ID) {
  return new TextLayer<LabelPoint>({
    id,
    data: points,
    characterSet: 'auto',
    getPosition: (p) => p.position,
    getText: (p) => p.nom,
    getSize: 12,
    sizeUnits: 'pixels',
    getColor: [30, 30, 30, 255],
    outlineWidth: 3,
    outlineColor: [255, 255, 255, 230],
    fontSettings: { sdf: true },
    fontFamily: 'system-ui, sans-serif',
  });
}
