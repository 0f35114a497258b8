import type { MapViewState } from '@deck.gl/core';

// France métropolitaine entière à 1280×800 ; la Corse comprise.
export const INITIAL_VIEW_STATE: MapViewState = {
  longitude: 2.45,
  latitude: 46.6,
  zoom: 4.9,
  minZoom: 3.5,
  maxZoom: 12,
  pitch: 0,
  bearing: 0,
};

export const BRETAGNE_VIEW_STATE: MapViewState = {
  longitude: -2.95,
  latitude: 48.15,
  zoom: 6.9,
  minZoom: 5,
  maxZoom: 12,
  pitch: 0,
  bearing: 0,
};

export const MAP_BACKGROUND = '#dfe9f2';

export const SOURCE_APPROXIMATIVE =
  'Contours approximatifs reconstruits à partir de GeoNames (CC BY 4.0) et Natural Earth';

export const METROPOLE_BOUNDS: [[number, number], [number, number]] = [[-5.2, 41.3], [9.6, 51.1]];

// Half the widest label (names wrap at about 190 px): a territory at the edge of the frame keeps its name whole.
export const LABEL_MARGIN_PX = 95;
