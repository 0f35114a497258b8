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
    // A light box rather than an SDF halo: thin glyphs (« - », « Î ») stay legible in software WebGL.
    background: true,
    getBackgroundColor: [255, 255, 255, 190],
    backgroundPadding: [3, 1],
    fontFamily: 'DejaVu Sans, Arial, sans-serif',
  });
}
