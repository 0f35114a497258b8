import { GeoJsonLayer } from '@deck.gl/layers';
import { getClassColor, getClassColors, type Rgba } from './color-scales';
import type { TerritoireCollection, TerritoireFeature } from './map-types';
import { TERRITOIRES_LAYER_ID } from './layer-ids';

const CONTOUR: Rgba = [70, 80, 90, 255];
const SELECTION: Rgba = [0, 0, 0, 255];
const FOND_NEUTRE: Rgba = [245, 243, 238, 255];

export interface TerritoiresLayerOptions {
  collection: TerritoireCollection;
  /** Breaks from the API's classes; null draws neutral outlines only. */
  breaks: readonly number[] | null;
  selectedCode: string | null;
  /** Categorical colouring (e.g. « association active ou non ») instead of classes. */
  categoryColor?: (feature: TerritoireFeature) => Rgba;
  id?: string;
}

export function buildTerritoiresLayer({ collection, breaks, selectedCode, categoryColor, id = TERRITOIRES_LAYER_ID }: TerritoiresLayerOptions) {
  const colors = breaks ? getClassColors(breaks.length - 1) : [];
  return new GeoJsonLayer<TerritoireFeature['properties']>({
    id,
    data: collection,
    pickable: true,
    stroked: true,
    filled: true,
    lineWidthUnits: 'pixels',
    getFillColor: (f: TerritoireFeature) =>
      categoryColor ? categoryColor(f) : breaks ? getClassColor(f.properties.valeur, breaks, colors, f.properties.classe) : FOND_NEUTRE,
    getLineColor: (f: TerritoireFeature) => (f.properties.code === selectedCode ? SELECTION : CONTOUR),
    getLineWidth: (f: TerritoireFeature) => (f.properties.code === selectedCode ? 3 : 0.7),
    autoHighlight: true,
    highlightColor: [255, 255, 255, 90],
    updateTriggers: {
      getFillColor: [breaks?.join(','), categoryColor],
      getLineColor: [selectedCode],
      getLineWidth: [selectedCode],
    },
  });
}
