import type { CollisionFilterExtensionProps } from '@deck.gl/extensions';
import { TextLayer, type TextLayerProps } from '@deck.gl/layers';
import type { LabelPoint } from './map-types';
import { LABELS_LAYER_ID } from './layer-ids';
import { SnappedCollisionFilterExtension } from './snapped-collision-filter';

const COLLISION = new SnappedCollisionFilterExtension();

// Overlapping names hide each other (the larger territory's stays; GPU test at each frame, so zooming in shows
// more of them), and long names wrap on two lines instead of running out of their territory. Labels stay centred
// on their point: the collision test needs the anchor inside the label (deck.gl issue 7824).
export function buildLabelsLayer(points: readonly LabelPoint[], id = LABELS_LAYER_ID) {
  const props: TextLayerProps<LabelPoint> & CollisionFilterExtensionProps<LabelPoint> = {
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
    // In text sizes: about 190 px, longer than any one word (« Alpes-de-Haute-Provence »), shorter than long Pays names.
    maxWidth: 16,
    wordBreak: 'break-word',
    extensions: [COLLISION],
    collisionEnabled: true,
    collisionGroup: 'etiquettes',
    getCollisionPriority: (p) => p.priorite,
    // deck.gl hides a label when its anchor (centre) falls under a label of higher priority, not when the boxes merely
    // overlap: drawn twice their size in the collision test, labels of similar widths that overlap do hide each other
    // (« Pays de Morlaix » under « Pays de Guingamp », « Saint-Brieuc » / « Saint-Malo »).
    collisionTestProps: { sizeScale: 2 },
  };
  return new TextLayer<LabelPoint, CollisionFilterExtensionProps<LabelPoint>>(props);
}
